package org.grounded.ui.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkBuilder;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NetworkRequest;
import org.grounded.analysis.network.NodeKind;
import org.grounded.analysis.network.layout.LayoutKind;
import org.grounded.analysis.network.layout.Layouts;
import org.grounded.analysis.network.layout.NetworkLayout;
import org.grounded.analysis.network.layout.Point;
import org.grounded.model.Project;
import org.grounded.model.RelationType;
import org.grounded.model.edits.RelationEdits;
import org.grounded.ui.common.Formats;
import org.grounded.ui.analysis.PassageCard;
import org.grounded.ui.analysis.Recomputation;
import org.grounded.ui.analysis.TranscriptJump;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;

/**
 * The semantic-network window: builds the network for the options in the background (again a
 * moment after each edit), lays it out step by step so the nodes move into place, keeps where the
 * user dragged and pinned nodes, and answers what lies under the pointer, what a click shows in
 * the side list, and the context menu's "grow" commands. The canvas only paints what this holds.
 */
public final class NetworkViewModel {

    /** A network with the request it answers. */
    public record Built(NetworkRequest request, CodeNetwork network) {
    }

    /** The context menu's ways to grow a network around a node. */
    public enum Grow {
        NEIGHBOURS("Add neighbours"),
        COOCCURRING_CODES("Add co-occurring codes"),
        CITING_PARTICIPANTS("Add participants who cite it");

        private final String label;

        Grow(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Free screen pixels around the network when it is fitted to the window. */
    static final double FIT_MARGIN = 36;

    private final Workspace workspace;
    private final Editor editor;
    private final TaskExecutor executor;
    private final NetworkOptions options = new NetworkOptions();
    private final Recomputation<Built> recomputation;
    private final LayoutAnimation animation;
    private final RequestSequence drillDowns = new RequestSequence();
    private final ObjectProperty<LayoutKind> layoutKind = new SimpleObjectProperty<>(this, "layoutKind", LayoutKind.FIGURE);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final ObjectProperty<NodeColours> colours = new SimpleObjectProperty<>(this, "colours", NodeColours.FIGURE);
    private final ReadOnlyObjectWrapper<CodeNetwork> network =
            new ReadOnlyObjectWrapper<>(this, "network", CodeNetwork.empty());
    private final ReadOnlyObjectWrapper<Map<String, Point>> positions =
            new ReadOnlyObjectWrapper<>(this, "positions", Map.of());
    private final ObservableSet<String> pinned = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> members = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.identity());
    private final DoubleProperty canvasWidth = new SimpleDoubleProperty(this, "canvasWidth", 800);
    private final DoubleProperty canvasHeight = new SimpleDoubleProperty(this, "canvasHeight", 600);
    private final StringProperty hovered = new SimpleStringProperty(this, "hovered");
    private final ReadOnlyStringWrapper selectedNode = new ReadOnlyStringWrapper(this, "selectedNode");
    private final ReadOnlyStringWrapper selectedEdge = new ReadOnlyStringWrapper(this, "selectedEdge");
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper(this, "detailTitle", "");
    private final ReadOnlyStringWrapper detailNote = new ReadOnlyStringWrapper(this, "detailNote", "");
    private final ObservableList<PassageCard> details = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "Network");
    private boolean fitWhenLaidOut = true;
    private boolean applyingSettings;

    public NetworkViewModel(Editor editor, TaskExecutor executor) {
        this.editor = Objects.requireNonNull(editor);
        this.workspace = editor.workspace();
        this.executor = Objects.requireNonNull(executor);
        this.animation = new LayoutAnimation(executor);
        this.recomputation = new Recomputation<>(workspace, executor, "Building the network", () -> {
            NetworkRequest request = options.request(Set.copyOf(members));
            return copy -> new Built(request, NetworkBuilder.build(copy, request));
        });
        workspace.sessionProperty().addListener((observable, before, after) -> projectChanged());
        workspace.revisionProperty().addListener((observable, before, after) -> refreshChoices());
        options.all().forEach(option -> option.addListener(observable -> optionsChanged()));
        members.addListener((javafx.collections.SetChangeListener<String>) change -> optionsChanged());
        layoutKind.addListener((observable, before, after) -> relayout());
        seed.addListener((observable, before, after) -> relayout());
        recomputation.resultProperty().addListener((observable, before, after) -> show(after));
        refreshChoices();
    }

    private void refreshChoices() {
        applyingSettings = true;
        try {
            options.refreshChoices(workspace.project().orElse(null));
        } finally {
            applyingSettings = false;
        }
    }

    private void projectChanged() {
        animation.stop();
        layingOut.set(false);
        pinned.clear();
        applyingSettings = true;
        try {
            members.clear();
        } finally {
            applyingSettings = false;
        }
        positions.set(Map.of());
        fitWhenLaidOut = true;
        clearSelection();
        refreshChoices();
    }

    private void optionsChanged() {
        if (!applyingSettings) {
            recomputation.refreshNow();
        }
    }

    public NetworkOptions options() {
        return options;
    }

    /** Whether the window shows: the network is built only while it does. */
    public void setActive(boolean active) {
        recomputation.setActive(active);
        if (!active) {
            animation.stop();
            layingOut.set(false);
        }
    }

    public ObjectProperty<LayoutKind> layoutKindProperty() {
        return layoutKind;
    }

    /** The force layout's seed: the same seed gives the same picture. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<NodeColours> coloursProperty() {
        return colours;
    }

    public ReadOnlyObjectProperty<CodeNetwork> networkProperty() {
        return network.getReadOnlyProperty();
    }

    /** Node id to position (px at zoom 1); replaced as a whole on every change. */
    public ReadOnlyObjectProperty<Map<String, Point>> positionsProperty() {
        return positions.getReadOnlyProperty();
    }

    /** Nodes the user placed by hand; the layouts leave them where they are. */
    public ObservableSet<String> pinned() {
        return pinned;
    }

    /** The nodes the network is limited to; empty shows every node the options give. */
    public ObservableSet<String> members() {
        return members;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    /** The canvas' size, kept up to date by the view, for fitting and centring. */
    public DoubleProperty canvasWidthProperty() {
        return canvasWidth;
    }

    public DoubleProperty canvasHeightProperty() {
        return canvasHeight;
    }

    /** The node under the pointer (its neighbours are highlighted), null when none. */
    public StringProperty hoveredProperty() {
        return hovered;
    }

    public ReadOnlyStringProperty selectedNodeProperty() {
        return selectedNode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedEdgeProperty() {
        return selectedEdge.getReadOnlyProperty();
    }

    /** "Motivation: 63 quotations", "" when nothing is chosen. */
    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    /** A relation's comment, or what the chosen edge means; "" when there are passages to list. */
    public ReadOnlyStringProperty detailNoteProperty() {
        return detailNote.getReadOnlyProperty();
    }

    /** The passages behind the chosen node or edge. */
    public ObservableList<PassageCard> details() {
        return details;
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return recomputation.computingProperty();
    }

    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return recomputation.problemProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void tell(String text) {
        message.set(text);
    }

    // ---- named networks ------------------------------------------------------------------------------

    /** The shown network's name. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /**
     * Starts a network: asks for its name and shows study A's Figure 1 (every code and participant,
     * participant links and relations, laid out with participants around).
     *
     * @return false when the user cancelled
     */
    public boolean newNetwork() {
        if (workspace.project().isEmpty()) {
            return false;
        }
        Optional<String> chosen = editor.dialogs().askText("New network", "Name of the network:", "Figure 1");
        if (chosen.isEmpty() || chosen.get().isBlank()) {
            return false;
        }
        name.set(chosen.get().strip());
        applyingSettings = true;
        try {
            options.show(NetworkRequest.figureOne());
            members.clear();
        } finally {
            applyingSettings = false;
        }
        pinned.clear();
        positions.set(Map.of());
        fitWhenLaidOut = true;
        layoutKind.set(LayoutKind.FIGURE);
        colours.set(NodeColours.FIGURE);
        clearSelection();
        recomputation.refreshNow();
        return true;
    }

    /** Opens the network window on the network shown last. */
    public boolean openNetwork() {
        return workspace.project().isPresent();
    }

    // ---- building and laying out ----------------------------------------------------------------

    private void show(Recomputation.Computed<Built> computed) {
        if (computed == null) {
            animation.stop();
            layingOut.set(false);
            network.set(CodeNetwork.empty());
            positions.set(Map.of());
            clearSelection();
            return;
        }
        CodeNetwork built = computed.value().network();
        Map<String, Point> kept = new LinkedHashMap<>();
        for (NetworkNode node : built.nodes()) {
            Point at = positions.get().get(node.id());
            if (at != null) {
                kept.put(node.id(), at);
            }
        }
        network.set(built);
        positions.set(Map.copyOf(kept));
        pinned.retainAll(kept.keySet());
        if (kept.size() < built.nodes().size()) {
            // New nodes find their place around the ones already shown, which stay put.
            Set<String> still = new HashSet<>(pinned);
            still.addAll(kept.keySet());
            startLayout(new NetworkLayout(kept), still);
        }
        refreshSelection();
    }

    /** Lays the network out afresh (the seed decides); only the pinned nodes stay where they are. */
    public void relayout() {
        if (network.get().nodes().isEmpty()) {
            return;
        }
        Map<String, Point> start = new LinkedHashMap<>();
        for (String id : pinned) {
            Point at = positions.get().get(id);
            if (at != null) {
                start.put(id, at);
            }
        }
        startLayout(new NetworkLayout(start), Set.copyOf(pinned));
    }

    private void startLayout(NetworkLayout start, Set<String> still) {
        CodeNetwork laidOut = network.get();
        LayoutKind kind = layoutKind.get();
        long chosenSeed = seed.get();
        layingOut.set(true);
        animation.start(() -> Layouts.start(laidOut, kind, chosenSeed, start, still),
                frame -> {
                    positions.set(Map.copyOf(frame.positions()));
                    if (fitWhenLaidOut) {
                        fit();
                    }
                },
                done -> {
                    layingOut.set(false);
                    positions.set(Map.copyOf(done.positions()));
                    if (fitWhenLaidOut) {
                        fit();
                        fitWhenLaidOut = false;
                    }
                },
                failure -> {
                    layingOut.set(false);
                    message.set("The layout failed: " + failure.getMessage());
                });
    }

    /** Stops the layout where it is (the nodes stay in their current places). */
    public void stopLayout() {
        animation.stop();
        layingOut.set(false);
    }

    // ---- viewport ---------------------------------------------------------------------------------

    /** The nodes as circles in network coordinates, in painting order. */
    public List<Viewport.Circle> circles() {
        Map<String, Point> at = positions.get();
        List<Viewport.Circle> circles = new ArrayList<>(network.get().nodes().size());
        for (NetworkNode node : network.get().nodes()) {
            Point point = at.get(node.id());
            if (point != null) {
                circles.add(new Viewport.Circle(node.id(), point.x(), point.y(), node.radius()));
            }
        }
        return circles;
    }

    /** Shows the whole network in the canvas. */
    public void fit() {
        viewport.set(Viewport.fit(circles(), canvasWidth.get(), canvasHeight.get(), FIT_MARGIN));
    }

    /** Zooms by a factor around the canvas' centre (the keyboard's + and −). */
    public void zoom(double factor) {
        viewport.set(viewport.get().zoomedAround(canvasWidth.get() / 2, canvasHeight.get() / 2, factor));
    }

    /** Zooms around the pointer (the scroll wheel). */
    public void zoomAround(double screenX, double screenY, double factor) {
        viewport.set(viewport.get().zoomedAround(screenX, screenY, factor));
    }

    public void pan(double dx, double dy) {
        viewport.set(viewport.get().panned(dx, dy));
    }

    /** The node at a canvas point, if any. */
    public Optional<NetworkNode> nodeAt(double screenX, double screenY) {
        Point world = viewport.get().toWorld(screenX, screenY);
        return NetworkHits.nodeAt(circles(), world).flatMap(circle -> network.get().node(circle.id()));
    }

    /** The edge at a canvas point (within a few screen pixels of its line), if no node is there. */
    public Optional<NetworkEdge> edgeAt(double screenX, double screenY) {
        if (nodeAt(screenX, screenY).isPresent()) {
            return Optional.empty();
        }
        Viewport view = viewport.get();
        return NetworkHits.edgeAt(network.get().edges(), positions.get(), view.toWorld(screenX, screenY),
                NetworkHits.EDGE_TOLERANCE / view.scale());
    }

    /** The hover tooltip: name, kind, citations and degree. */
    public String tooltip(NetworkNode node) {
        String kind = switch (node.kind()) {
            case CODE -> (node.central() ? "central " : "") + node.level().displayName() + " code"
                    + (node.isolated() ? ", no link to a participant" : "");
            case PARTICIPANT -> "participant";
            case DOCUMENT -> "document";
            case PARTICIPANT_GROUP -> "participant group";
        };
        return node.label() + "\n" + kind + "\n" + Formats.count(node.citations(), "citation") + " · degree "
                + node.degree() + (pinned.contains(node.id()) ? "\npinned (right-click to unpin)" : "");
    }

    /** The hover tooltip of an edge: what it joins and its weight. */
    public String edgeTooltip(NetworkEdge edge) {
        CodeNetwork shown = network.get();
        String source = shown.node(edge.sourceId()).map(NetworkNode::label).orElse("?");
        String target = shown.node(edge.targetId()).map(NetworkNode::label).orElse("?");
        return switch (edge.kind()) {
            case COOCCURRENCE -> source + " × " + target + "\nco-occur: "
                    + (options.weightProperty().get() == org.grounded.analysis.network.CooccurrenceWeight.COUNT
                    ? Formats.count(Math.round(edge.weight()), "time") : "c = " + org.grounded.analysis.Decimals
                    .twoPlaces(edge.weight())) + "\nClick to read the overlapping passages";
            case PARTICIPANT_LINK -> source + " " + edge.label() + " " + target + "\n"
                    + Formats.count(Math.round(edge.weight()), "citation") + "\nClick to read them";
            case RELATION -> source + (edge.directed() ? " — " + edge.label() + " → " : " — " + edge.label() + " — ")
                    + target + "\nClick to read the relation's comment";
            case HIERARCHY -> source + " is a sub-code of " + target;
        };
    }

    // ---- finding and choosing -----------------------------------------------------------------------

    /**
     * Finds a node by name (a name that starts with the text first, then one that contains it),
     * selects it and brings it to the centre of the canvas.
     */
    public Optional<NetworkNode> find(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<NetworkNode> nodes = network.get().nodes();
        Optional<NetworkNode> found = nodes.stream()
                .filter(node -> node.label().toLowerCase(Locale.ROOT).startsWith(wanted)).findFirst()
                .or(() -> nodes.stream().filter(node -> node.label().toLowerCase(Locale.ROOT).contains(wanted))
                        .findFirst());
        if (found.isEmpty()) {
            message.set("No node named \"" + text.strip() + "\" in this network");
            return found;
        }
        Point at = positions.get().get(found.get().id());
        if (at != null) {
            viewport.set(viewport.get().centredOn(at, canvasWidth.get(), canvasHeight.get()));
        }
        selectNode(found.get().id());
        return found;
    }

    /** Shows a node's quotations in the side list. */
    public void selectNode(String id) {
        selectedEdge.set(null);
        selectedNode.set(id);
        drillDown();
    }

    /** Shows what lies behind an edge in the side list. */
    public void selectEdge(String id) {
        selectedNode.set(null);
        selectedEdge.set(id);
        drillDown();
    }

    public void clearSelection() {
        selectedNode.set(null);
        selectedEdge.set(null);
        drillDown();
    }

    private void refreshSelection() {
        CodeNetwork shown = network.get();
        if (selectedNode.get() != null && shown.node(selectedNode.get()).isEmpty()) {
            selectedNode.set(null);
        }
        if (selectedEdge.get() != null && shown.edges().stream().noneMatch(e -> e.id().equals(selectedEdge.get()))) {
            selectedEdge.set(null);
        }
        drillDown();
    }

    private void drillDown() {
        long ticket = drillDowns.next();
        Recomputation.Computed<Built> computed = recomputation.resultProperty().get();
        CodeNetwork shown = network.get();
        Optional<NetworkNode> node = Optional.ofNullable(selectedNode.get()).flatMap(shown::node);
        Optional<NetworkEdge> edge = Optional.ofNullable(selectedEdge.get()).flatMap(id ->
                shown.edges().stream().filter(e -> e.id().equals(id)).findFirst());
        if (computed == null || node.isEmpty() && edge.isEmpty()) {
            detailTitle.set("");
            detailNote.set("");
            details.clear();
            return;
        }
        NetworkDetails reader = new NetworkDetails(computed.project(), computed.value().network());
        BackgroundTask.wrap("Finding the passages", progress -> node.isPresent() ? reader.ofNode(node.get())
                : reader.ofEdge(edge.get())).onSuccess(detail -> {
                    if (drillDowns.isCurrent(ticket)) {
                        detailTitle.set(detail.title());
                        detailNote.set(detail.note());
                        details.setAll(detail.cards());
                    }
                }).onFailure(failure -> {
                    if (drillDowns.isCurrent(ticket)) {
                        details.clear();
                        message.set("Could not list the passages: " + failure.getMessage());
                    }
                }).executeWith(executor);
    }

    /** Shows a passage of the side list in the main window's transcript. */
    public void open(PassageCard card) {
        if (!TranscriptJump.reveal(workspace, card)) {
            message.set("That quotation has been changed or removed since the network was built.");
        }
    }

    // ---- dragging ------------------------------------------------------------------------------------

    /** Moves a node while it is dragged (a running layout stops, so the two do not fight). */
    public void dragNode(String id, double screenX, double screenY) {
        if (layingOut.get()) {
            stopLayout();
        }
        Map<String, Point> moved = new LinkedHashMap<>(positions.get());
        moved.put(id, viewport.get().toWorld(screenX, screenY));
        positions.set(Map.copyOf(moved));
    }

    /** Ends a drag: the node is pinned where it was dropped. */
    public void dropNode(String id) {
        pinned.add(id);
        network.get().node(id).ifPresent(node -> message.set("Pinned " + node.label()
                + " where you dropped it; Re-layout leaves it there"));
    }

    public void unpin(String id) {
        pinned.remove(id);
    }

    // ---- relations and growing -------------------------------------------------------------------------

    /**
     * Relates two codes (Alt+drag from one to the other): asks how, then makes the relation through
     * the undo stack. Anything but two different codes is refused with a message.
     */
    public boolean relate(String sourceId, String targetId) {
        Optional<NetworkNode> source = network.get().node(sourceId);
        Optional<NetworkNode> target = network.get().node(targetId);
        if (source.isEmpty() || target.isEmpty() || !source.get().isCode() || !target.get().isCode()
                || sourceId.equals(targetId)) {
            message.set("A relation joins two different codes: Alt+drag from one code onto another");
            return false;
        }
        Project project = workspace.project().orElse(null);
        if (project == null || !editor.canEdit()) {
            return false;
        }
        List<RelationType> types = List.copyOf(project.relationTypes());
        Optional<RelationType> type = editor.dialogs().pick("New relation",
                "How does " + source.get().label() + " relate to " + target.get().label() + "?", types,
                RelationType::name);
        if (type.isEmpty()) {
            return false;
        }
        UUID from = UUID.fromString(sourceId);
        UUID to = UUID.fromString(targetId);
        boolean made = editor.performAlways("Cannot relate the codes",
                p -> RelationEdits.relate(p, from, type.get().id(), to));
        if (made) {
            message.set(source.get().label() + " " + type.get().name() + " " + target.get().label());
            if (!options.relationsProperty().get()) {
                options.relationsProperty().set(true);
            }
        }
        return made;
    }

    /**
     * Adds nodes around a node: its neighbours in the network the options give without a limit,
     * the codes that co-occur with it, or the participants who cite it (switching on what those
     * need). Starting from the whole network this first limits it to the nodes shown.
     */
    public void grow(String nodeId, Grow how) {
        Project project = workspace.project().orElse(null);
        if (project == null) {
            return;
        }
        NetworkRequest request = options.request(Set.of());
        if (how == Grow.COOCCURRING_CODES) {
            request = request.withEdgeKinds(with(request.edgeKinds(), EdgeKind.COOCCURRENCE));
        } else if (how == Grow.CITING_PARTICIPANTS) {
            request = request.withExtraNodeKinds(with(request.extraNodeKinds(), NodeKind.PARTICIPANT))
                    .withEdgeKinds(with(request.edgeKinds(), EdgeKind.PARTICIPANT_LINK));
        }
        NetworkRequest whole = request;
        Project copy = project.copy();
        Set<String> shown = new LinkedHashSet<>();
        network.get().nodes().forEach(node -> shown.add(node.id()));
        BackgroundTask.wrap("Growing the network", progress -> {
            CodeNetwork all = NetworkBuilder.build(copy, whole);
            Set<String> found = new LinkedHashSet<>();
            for (NetworkEdge edge : all.edgesOf(nodeId)) {
                boolean wanted = switch (how) {
                    case NEIGHBOURS -> true;
                    case COOCCURRING_CODES -> edge.kind() == EdgeKind.COOCCURRENCE;
                    case CITING_PARTICIPANTS -> edge.kind() == EdgeKind.PARTICIPANT_LINK
                            && all.node(edge.otherEnd(nodeId)).map(n -> n.kind() == NodeKind.PARTICIPANT).orElse(false);
                };
                if (wanted) {
                    found.add(edge.otherEnd(nodeId));
                }
            }
            return found;
        }).onSuccess(found -> {
            Set<String> added = new LinkedHashSet<>(found);
            added.removeAll(shown);
            String name = network.get().node(nodeId).map(NetworkNode::label).orElse("the node");
            if (added.isEmpty()) {
                message.set("Nothing to add: " + (found.isEmpty() ? "nothing is linked to " + name
                        : "everything linked to " + name + " is shown"));
                return;
            }
            applyingSettings = true;
            try {
                if (how == Grow.COOCCURRING_CODES) {
                    options.cooccurrenceProperty().set(true);
                } else if (how == Grow.CITING_PARTICIPANTS) {
                    options.participantsProperty().set(true);
                    options.participantLinksProperty().set(true);
                }
                Set<String> next = new LinkedHashSet<>(members.isEmpty() ? shown : members);
                next.addAll(added);
                members.clear();
                members.addAll(next);
            } finally {
                applyingSettings = false;
            }
            message.set("Added " + Formats.count(added.size(), "node") + " around " + name);
            recomputation.refreshNow();
        }).onFailure(failure -> message.set("Could not grow the network: " + failure.getMessage()))
                .executeWith(executor);
    }

    /** Keeps only a node and its neighbours. */
    public void focus(String nodeId) {
        Set<String> next = new LinkedHashSet<>();
        next.add(nodeId);
        network.get().neighbours(nodeId).forEach(node -> next.add(node.id()));
        limitTo(next);
    }

    /** Takes a node out of the network (it stays in the project). */
    public void hide(String nodeId) {
        Set<String> next = new LinkedHashSet<>();
        network.get().nodes().forEach(node -> next.add(node.id()));
        next.remove(nodeId);
        if (!next.isEmpty()) {
            limitTo(next);
        }
    }

    /** Shows every node the options give again. */
    public void showAll() {
        if (!members.isEmpty()) {
            members.clear();
        }
    }

    private void limitTo(Set<String> next) {
        applyingSettings = true;
        try {
            members.clear();
            members.addAll(next);
        } finally {
            applyingSettings = false;
        }
        recomputation.refreshNow();
    }

    private static <E extends Enum<E>> Set<E> with(Set<E> set, E extra) {
        Set<E> result = new LinkedHashSet<>(set);
        result.add(extra);
        return result;
    }
}
