package org.grounded.model.edits;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Position;
import org.grounded.model.SavedNetwork;

/** A saved network with one node taken out or replaced, for deletions and merges of what it shows. */
final class NetworkNodes {

    private NetworkNodes() {
    }

    /** The network without the node (members, place, pin); settings naming it fall back to all codes. */
    static SavedNetwork without(SavedNetwork network, UUID id) {
        Map<UUID, Position> positions = new LinkedHashMap<>(network.positions());
        positions.remove(id);
        NetworkSettings settings = network.settings().refersTo(id)
                ? network.settings().withCodeSelection("ALL", null, null) : network.settings();
        return network.withMembers(Ids.without(network.memberIds(), id))
                .withPlaces(positions, Ids.without(network.pinned(), id))
                .withSettings(settings);
    }

    /**
     * The network with {@code replacement} where {@code id} was: in the members (once), in the
     * places (the replacement keeps its own place when it had one) and in the settings.
     */
    static SavedNetwork redirect(SavedNetwork network, UUID id, UUID replacement) {
        Map<UUID, Position> positions = new LinkedHashMap<>();
        network.positions().forEach((node, position) -> {
            if (!node.equals(id)) {
                positions.put(node, position);
            }
        });
        Set<UUID> pinned = new LinkedHashSet<>(network.pinned());
        pinned.remove(id);
        Position moved = network.positions().get(id);
        if (moved != null && !positions.containsKey(replacement)) {
            positions.put(replacement, moved);
            if (network.pinned().contains(id)) {
                pinned.add(replacement);
            }
        }
        NetworkSettings settings = network.settings();
        if (settings.refersTo(id)) {
            settings = settings.withCodeSelection(settings.codeSelection(), replacement, settings.codeLevel());
        }
        return network.withMembers(network.memberIds().contains(id)
                        ? Ids.replace(network.memberIds(), id, replacement) : network.memberIds())
                .withPlaces(positions, pinned)
                .withSettings(settings);
    }
}
