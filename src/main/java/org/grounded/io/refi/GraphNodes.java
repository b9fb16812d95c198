package org.grounded.io.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Participant;
import org.grounded.model.Position;
import org.grounded.model.SavedNetwork;

/** A network read from a file, kept to the nodes that were imported and can be drawn. */
final class GraphNodes {

    private GraphNodes() {
    }

    /**
     * The network without nodes that are not in {@code imported} or are not codes, participants,
     * documents or participant groups; empty when it showed chosen nodes and none is left.
     */
    static Optional<SavedNetwork> drawable(SavedNetwork network, Map<UUID, Entity> imported, ImportLog log) {
        List<UUID> members = new ArrayList<>();
        network.memberIds().stream().filter(id -> drawable(imported.get(id))).forEach(members::add);
        Map<UUID, Position> positions = new LinkedHashMap<>();
        network.positions().forEach((id, position) -> {
            if (drawable(imported.get(id))) {
                positions.put(id, position);
            }
        });
        Set<UUID> pinned = new LinkedHashSet<>(network.pinned());
        pinned.retainAll(positions.keySet());
        Set<UUID> dropped = new LinkedHashSet<>(network.memberIds());
        dropped.addAll(network.positions().keySet());
        dropped.removeAll(members);
        dropped.removeAll(positions.keySet());
        log.skip("node of a graph", dropped.size(), "what it shows was not imported or cannot be a node");
        if (!network.memberIds().isEmpty() && members.isEmpty()) {
            log.skip("graph", "none of what it shows was imported");
            return Optional.empty();
        }
        NetworkSettings settings = network.settings();
        Entity selected = settings.codeSelectionId() == null ? null : imported.get(settings.codeSelectionId());
        boolean selectionHere = switch (settings.codeSelection()) {
            case "CODE_GROUP" -> selected instanceof Group group && group.kind() == GroupKind.CODE;
            case "SUBTREE" -> selected instanceof Code;
            default -> true;
        };
        if (!selectionHere) {
            settings = settings.withCodeSelection("ALL", null, null);
            log.note("Network '" + network.name() + "' showed a code group or subtree that was not imported; "
                    + "it shows all codes");
        }
        return Optional.of(network.withMembers(members).withPlaces(positions, pinned).withSettings(settings));
    }

    private static boolean drawable(Entity entity) {
        return entity instanceof Code || entity instanceof Participant || entity instanceof Document
                || (entity instanceof Group group && group.kind() == GroupKind.PARTICIPANT);
    }
}
