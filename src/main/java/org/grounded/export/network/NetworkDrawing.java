package org.grounded.export.network;

import java.util.List;

/**
 * One picture of a network, computed once and painted by every painter alike: the window's
 * canvas, SVG and PNG. Coordinates run from (0, 0) at the top left to (width, height), y
 * downward; edges are painted first, then nodes, then labels, each in list order.
 */
public record NetworkDrawing(double width, double height, List<DrawnEdge> edges, List<DrawnNode> nodes,
                             List<DrawnLabel> labels) {

    public NetworkDrawing {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("A drawing has a size, not " + width + " × " + height);
        }
        edges = List.copyOf(edges);
        nodes = List.copyOf(nodes);
        labels = List.copyOf(labels);
    }

    /** The background every painter fills first. */
    public static final String BACKGROUND = "#FFFFFF";
}
