package org.grounded.analysis.network.layout;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Position;
import org.grounded.model.SavedNetwork;

/** A saved network's places and pins as the layouts take them, and a layout's result as the model keeps it. */
public final class SavedLayouts {

    private SavedLayouts() {
    }

    /** Where the saved network's nodes stand: the start of its next layout. */
    public static NetworkLayout start(SavedNetwork network) {
        Map<String, Point> positions = new LinkedHashMap<>();
        network.positions().forEach((id, position) -> positions.put(id.toString(), new Point(position.x(), position.y())));
        return new NetworkLayout(positions);
    }

    /** The nodes the layout must leave where they are. */
    public static Set<String> pinned(SavedNetwork network) {
        Set<String> pinned = new LinkedHashSet<>();
        network.pinned().forEach(id -> pinned.add(id.toString()));
        return pinned;
    }

    /** A layout's positions keyed by entity id, to keep in the saved network. */
    public static Map<UUID, Position> positions(NetworkLayout layout) {
        Map<UUID, Position> positions = new LinkedHashMap<>();
        layout.positions().forEach((id, point) -> positions.put(UUID.fromString(id), new Position(point.x(), point.y())));
        return positions;
    }
}
