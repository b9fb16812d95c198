package org.grounded.io.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.ColourScheme;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Position;
import org.grounded.model.SavedNetwork;
import org.w3c.dom.Element;

/**
 * Reads {@code <Graphs>} into saved networks. A Graph Grounded wrote comes back exactly from its
 * processing instruction; another tool's Graph becomes a network of the codes, cases, sources and
 * sets its vertices show, at their places, with its relations (and participant links when it
 * shows cases). Vertices that show quotations or notes, or nothing, are reported and left out.
 */
final class GraphReader {

    private static final List<RefiIds.Kind> NODE_KINDS =
            List.of(RefiIds.Kind.CODE, RefiIds.Kind.CASE, RefiIds.Kind.SOURCE, RefiIds.Kind.SET);

    private final RefiIds ids;
    private final ImportLog log;
    private final List<SavedNetwork> networks = new ArrayList<>();

    GraphReader(RefiIds ids, ImportLog log) {
        this.ids = ids;
        this.log = log;
    }

    void read(Element graphs) {
        List<Element> elements = Dom.children(graphs, "Graph");
        for (int i = 0; i < elements.size(); i++) {
            read(elements.get(i), i + 1);
        }
    }

    /** The networks read; their nodes are checked against what was imported when the project is assembled. */
    List<SavedNetwork> networks() {
        return List.copyOf(networks);
    }

    private void read(Element graph, int number) {
        UUID id = ids.claim(RefiIds.Kind.GRAPH, Dom.attribute(graph, "guid").orElse("graph:" + number));
        String name = Dom.attribute(graph, "name").filter(text -> !text.isBlank()).orElse("Network " + number);
        Optional<GroundedExtension.GraphData> extra = GroundedExtension.read(graph, GroundedExtension.GraphData.class, log)
                .filter(data -> data.settings() != null);
        if (extra.isPresent()) {
            networks.add(fromGrounded(id, name, extra.get()));
            return;
        }
        List<UUID> members = new ArrayList<>();
        Map<UUID, Position> positions = new LinkedHashMap<>();
        Set<String> kinds = new LinkedHashSet<>();
        int unusable = 0;
        for (Element vertex : Dom.children(graph, "Vertex")) {
            Optional<Node> node = Dom.attribute(vertex, "representedGUID").flatMap(this::node);
            if (node.isEmpty()) {
                unusable++;
                continue;
            }
            members.add(node.get().id());
            positions.put(node.get().id(), centre(vertex));
            switch (node.get().kind()) {
                case CASE -> kinds.add("PARTICIPANT");
                case SOURCE -> kinds.add("DOCUMENT");
                case SET -> kinds.add("PARTICIPANT_GROUP");
                default -> {
                    // a code: codes are always shown
                }
            }
        }
        log.skip("vertex of a graph", unusable, "it shows a quotation, a note or nothing; Grounded's networks show "
                + "codes, participants, documents and participant groups");
        if (members.isEmpty()) {
            log.skip("graph", "none of its vertices shows a code, case, source or set");
            return;
        }
        Set<String> edges = new LinkedHashSet<>();
        if (!kinds.isEmpty()) {
            edges.add("PARTICIPANT_LINK");
        }
        edges.add("RELATION");
        NetworkSettings settings = new NetworkSettings("ALL", null, null, kinds, edges, "COUNT", 1, null);
        networks.add(new SavedNetwork(id, name, settings, members, positions, Set.of(), ColourScheme.CODE));
    }

    private SavedNetwork fromGrounded(UUID id, String name, GroundedExtension.GraphData data) {
        NetworkSettings settings = data.settings();
        if (settings.codeSelectionId() != null) {
            Optional<UUID> selection = node(settings.codeSelectionId().toString()).map(Node::id);
            settings = selection.isPresent()
                    ? settings.withCodeSelection(settings.codeSelection(), selection.get(), settings.codeLevel())
                    : settings.withCodeSelection("ALL", null, null);
        }
        List<UUID> members = new ArrayList<>();
        for (UUID member : data.members() == null ? List.<UUID>of() : data.members()) {
            node(member.toString()).ifPresent(node -> members.add(node.id()));
        }
        Map<UUID, Position> positions = new LinkedHashMap<>();
        (data.positions() == null ? Map.<UUID, Position>of() : data.positions()).forEach((node, position) ->
                node(node.toString()).ifPresent(found -> positions.put(found.id(), position)));
        Set<UUID> pinned = new LinkedHashSet<>();
        for (UUID pin : data.pinned() == null ? List.<UUID>of() : data.pinned()) {
            node(pin.toString()).map(Node::id).filter(positions::containsKey).ifPresent(pinned::add);
        }
        return new SavedNetwork(id, name, settings, members, positions, pinned, data.colourScheme());
    }

    private record Node(UUID id, RefiIds.Kind kind) {
    }

    private Optional<Node> node(String guid) {
        for (RefiIds.Kind kind : NODE_KINDS) {
            Optional<UUID> id = ids.find(kind, guid);
            if (id.isPresent()) {
                return Optional.of(new Node(id.get(), kind));
            }
        }
        return Optional.empty();
    }

    /** The vertex's centre: the middle of its box when it has one, else its first corner. */
    private static Position centre(Element vertex) {
        double firstX = number(vertex, "firstX").orElse(0.0);
        double firstY = number(vertex, "firstY").orElse(0.0);
        Optional<Double> secondX = number(vertex, "secondX");
        Optional<Double> secondY = number(vertex, "secondY");
        if (secondX.isPresent() && secondY.isPresent()) {
            return new Position((firstX + secondX.get()) / 2, (firstY + secondY.get()) / 2);
        }
        return new Position(firstX, firstY);
    }

    private static Optional<Double> number(Element element, String attribute) {
        try {
            return Dom.attribute(element, attribute).map(text -> Double.parseDouble(text.strip()))
                    .filter(Double::isFinite);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
