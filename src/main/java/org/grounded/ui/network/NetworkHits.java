package org.grounded.ui.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.layout.Point;

/**
 * What lies under the pointer, in network coordinates. Nodes are painted in list order, so the
 * last one containing the point is the one on top; an edge is hit within a few screen pixels of
 * its line, so thin lines can still be clicked at any zoom.
 */
public final class NetworkHits {

    /** How far from an edge's line (screen px) a click still picks it. */
    public static final double EDGE_TOLERANCE = 5;

    private NetworkHits() {
    }

    /** The node on top at the point, if any. */
    public static Optional<Viewport.Circle> nodeAt(List<Viewport.Circle> nodes, Point world) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Viewport.Circle node = nodes.get(i);
            double dx = world.x() - node.x();
            double dy = world.y() - node.y();
            if (dx * dx + dy * dy <= node.radius() * node.radius()) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    /**
     * The edge whose line passes nearest the point, if one passes within {@code tolerance}
     * network pixels ({@link #EDGE_TOLERANCE} divided by the zoom).
     */
    public static Optional<NetworkEdge> edgeAt(List<NetworkEdge> edges, Map<String, Point> positions, Point world,
                                               double tolerance) {
        NetworkEdge nearest = null;
        double best = tolerance;
        for (NetworkEdge edge : edges) {
            Point a = positions.get(edge.sourceId());
            Point b = positions.get(edge.targetId());
            if (a == null || b == null) {
                continue;
            }
            double distance = distanceToSegment(world, a, b);
            if (distance <= best) {
                best = distance;
                nearest = edge;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** The distance from p to the segment a–b. */
    static double distanceToSegment(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }
}
