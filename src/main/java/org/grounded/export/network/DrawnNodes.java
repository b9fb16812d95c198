package org.grounded.export.network;

import java.util.LinkedHashMap;
import java.util.Map;
import org.grounded.analysis.network.NetworkNode;

/** The drawn nodes of a drawing by id, for the writers that add a network's data to its picture. */
final class DrawnNodes {

    private DrawnNodes() {
    }

    static Map<String, DrawnNode> byId(NetworkDrawing drawing) {
        Map<String, DrawnNode> byId = new LinkedHashMap<>();
        drawing.nodes().forEach(node -> byId.put(node.id(), node));
        return byId;
    }

    static DrawnNode require(Map<String, DrawnNode> drawn, NetworkNode node) {
        DrawnNode found = drawn.get(node.id());
        if (found == null) {
            throw new IllegalArgumentException("The drawing does not show '" + node.label() + "'");
        }
        return found;
    }
}
