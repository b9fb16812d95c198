package org.grounded.analysis.network.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.NetworkNode;

/**
 * The code tree in layers: each category above its sub-codes (by {@link NetworkNode#parentId()},
 * the nearest ancestor in the network), top-level codes side by side in network order, each leaf
 * in a slot of its own as wide as its label (centred below it), each category centred over its
 * children, so subtrees never overlap.
 * Participants, documents and groups make a row of their own below the deepest layer. Pinned
 * nodes keep their start position, and the others are pushed off them.
 */
final class TreeLayout {

    static final double LAYER_HEIGHT = 130;
    /** The narrowest slot a leaf gets; a longer label gets a wider one. */
    static final double MIN_SLOT = 120;
    private static final double GAP = 12;

    private TreeLayout() {
    }

    static NetworkLayout compute(CodeNetwork network, NetworkLayout start, Set<String> pinned) {
        List<NetworkNode> nodes = network.nodes();
        Map<String, List<NetworkNode>> children = new LinkedHashMap<>();
        List<NetworkNode> roots = new ArrayList<>();
        List<NetworkNode> others = new ArrayList<>();
        Map<String, NetworkNode> byId = network.nodesById();
        for (NetworkNode node : nodes) {
            if (!node.isCode()) {
                others.add(node);
            } else if (node.parentId() != null && byId.containsKey(node.parentId())) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            } else {
                roots.add(node);
            }
        }
        Map<String, Point> positions = new HashMap<>();
        double[] cursor = {0};
        int[] deepest = {0};
        for (NetworkNode root : roots) {
            place(root, 0, children, positions, cursor, deepest);
        }
        double rowY = (deepest[0] + 1) * LAYER_HEIGHT + LAYER_HEIGHT / 2;
        double width = Math.max(cursor[0], others.size() * MIN_SLOT);
        for (int k = 0; k < others.size(); k++) {
            double slot = width / others.size();
            positions.put(others.get(k).id(), new Point(slot * (k + 0.5), rowY));
        }
        return withPins(nodes, positions, start, pinned);
    }

    /**
     * Lays out a subtree from the cursor rightwards; returns the node's x. A subtree is as wide
     * as its leaves' slots, or as its root's own slot when that is wider (a long label over one
     * child), its children then centred under it.
     */
    private static double place(NetworkNode node, int depth, Map<String, List<NetworkNode>> children,
                                Map<String, Point> positions, double[] cursor, int[] deepest) {
        deepest[0] = Math.max(deepest[0], depth);
        List<NetworkNode> below = children.getOrDefault(node.id(), List.of());
        double own = Math.max(MIN_SLOT, 2 * node.halfWidth() + GAP);
        double x;
        if (below.isEmpty()) {
            x = cursor[0] + own / 2;
            cursor[0] += own;
        } else {
            double start = cursor[0];
            Map<String, Point> subtree = new LinkedHashMap<>();
            double first = 0;
            double last = 0;
            for (int k = 0; k < below.size(); k++) {
                double childX = place(below.get(k), depth + 1, children, subtree, cursor, deepest);
                if (k == 0) {
                    first = childX;
                }
                last = childX;
            }
            double span = cursor[0] - start;
            double shift = own > span ? (own - span) / 2 : 0;
            subtree.forEach((id, point) -> positions.put(id, new Point(point.x() + shift, point.y())));
            cursor[0] = start + Math.max(span, own);
            x = (first + last) / 2 + shift;
        }
        positions.put(node.id(), new Point(x, depth * LAYER_HEIGHT));
        return x;
    }

    private static NetworkLayout withPins(List<NetworkNode> nodes, Map<String, Point> placed, NetworkLayout start,
                                          Set<String> pinned) {
        int n = nodes.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] radius = new double[n];
        boolean[] fixed = new boolean[n];
        boolean anyPinned = false;
        for (int i = 0; i < n; i++) {
            NetworkNode node = nodes.get(i);
            Point point = placed.get(node.id());
            Point pin = start.positions().get(node.id());
            if (pinned.contains(node.id()) && pin != null) {
                point = pin;
                fixed[i] = true;
                anyPinned = true;
            }
            x[i] = point.x();
            y[i] = point.y();
            radius[i] = node.radius();
        }
        if (anyPinned) {
            Overlaps.separate(x, y, radius, fixed, GAP, 500);
        }
        Map<String, Point> positions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            positions.put(nodes.get(i).id(), new Point(x[i], y[i]));
        }
        return new NetworkLayout(positions);
    }
}
