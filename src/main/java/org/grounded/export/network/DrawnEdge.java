package org.grounded.export.network;

import java.util.List;
import java.util.Objects;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.layout.Point;

/**
 * An edge as painted: a straight line from the border of its source to the border of its target,
 * and for a directed edge an arrowhead (three corners, the tip first) at the target.
 *
 * @param colour    #RRGGBB
 * @param dashed    drawn in dashes (the code hierarchy)
 * @param arrowHead empty for an undirected edge
 */
public record DrawnEdge(String id, String sourceId, String targetId, EdgeKind kind, double weight, Point from,
                        Point to, double width, String colour, boolean dashed, List<Point> arrowHead) {

    public DrawnEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(colour, "colour");
        arrowHead = List.copyOf(arrowHead);
        if (!arrowHead.isEmpty() && arrowHead.size() != 3) {
            throw new IllegalArgumentException("An arrowhead has three corners");
        }
    }

    public boolean directed() {
        return !arrowHead.isEmpty();
    }
}
