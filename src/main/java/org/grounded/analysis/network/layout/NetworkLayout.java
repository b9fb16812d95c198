package org.grounded.analysis.network.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Where each node of a network is: node id to position (px at zoom 1), in network order. */
public record NetworkLayout(Map<String, Point> positions) {

    public NetworkLayout {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public static NetworkLayout empty() {
        return new NetworkLayout(Map.of());
    }

    public Optional<Point> position(String nodeId) {
        return Optional.ofNullable(positions.get(nodeId));
    }
}
