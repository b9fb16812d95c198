package org.grounded.analysis.network.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;

/**
 * Study A's Figure 1: the participants (or documents, or participant groups) on a ring; each code
 * they cite inside the ring, towards the participants that cite it (the weighted barycentre of
 * their places, drawn out from the centre so codes cited by one or two participants spread along
 * the ring instead of piling in the middle); the isolated codes set apart in columns to the right.
 * A network without participants puts its linked codes on the ring instead. Pinned nodes keep
 * their start position; then overlapping nodes are pushed apart.
 */
final class FigureLayout {

    /** Free space kept between node rims, px. */
    static final double GAP = 12;
    private static final double MIN_RING_RADIUS = 250;
    private static final double COLUMN_MARGIN = 140;

    private FigureLayout() {
    }

    static NetworkLayout compute(CodeNetwork network, NetworkLayout start, Set<String> pinned) {
        List<NetworkNode> nodes = network.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] radius = new double[n];
        boolean[] fixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
            radius[i] = nodes.get(i).radius();
        }
        List<Integer> ring = new ArrayList<>();
        List<Integer> inside = new ArrayList<>();
        List<Integer> apart = new ArrayList<>();
        boolean hasCiting = nodes.stream().anyMatch(node -> node.kind().cites());
        for (int i = 0; i < n; i++) {
            NetworkNode node = nodes.get(i);
            if (node.kind().cites()) {
                ring.add(i);
            } else if (node.isolated()) {
                apart.add(i);
            } else if (hasCiting) {
                inside.add(i);
            } else {
                ring.add(i);
            }
        }
        double ringRadius = ringRadius(ring, inside, radius);
        for (int k = 0; k < ring.size(); k++) {
            int i = ring.get(k);
            double angle = -Math.PI / 2 + 2 * Math.PI * k / ring.size();
            x[i] = ringRadius * Math.cos(angle);
            y[i] = ringRadius * Math.sin(angle);
            fixed[i] = true;
        }
        placeInside(network, index, inside, ringRadius, x, y);
        placeApart(apart, radius, ringRadius, x, y);
        for (int i = 0; i < n; i++) {
            String id = nodes.get(i).id();
            Point point = start.positions().get(id);
            if (pinned.contains(id) && point != null) {
                x[i] = point.x();
                y[i] = point.y();
                fixed[i] = true;
            }
        }
        Overlaps.separate(x, y, radius, fixed, GAP, 500);
        Map<String, Point> positions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            positions.put(nodes.get(i).id(), new Point(x[i], y[i]));
        }
        return new NetworkLayout(positions);
    }

    /** Big enough for the ring's nodes side by side, and for the codes inside it. */
    private static double ringRadius(List<Integer> ring, List<Integer> inside, double[] radius) {
        double around = 0;
        for (int i : ring) {
            around += 2 * radius[i] + 2 * GAP;
        }
        double area = 0;
        for (int i : inside) {
            area += Math.pow(2 * radius[i] + GAP, 2);
        }
        // The codes fill the inner 80 % of the disc loosely (half its area), so they have room to part.
        double forInside = Math.sqrt(2 * area / Math.PI) / 0.8;
        return Math.max(MIN_RING_RADIUS, Math.max(around / (2 * Math.PI), forInside));
    }

    private static void placeInside(CodeNetwork network, Map<String, Integer> index, List<Integer> inside,
                                    double ringRadius, double[] x, double[] y) {
        double[] sumX = new double[x.length];
        double[] sumY = new double[x.length];
        double[] sumWeight = new double[x.length];
        for (NetworkEdge edge : network.edges()) {
            if (edge.kind() == EdgeKind.PARTICIPANT_LINK && edge.weight() > 0) {
                int citing = index.get(edge.sourceId());
                int code = index.get(edge.targetId());
                sumX[code] += edge.weight() * x[citing];
                sumY[code] += edge.weight() * y[citing];
                sumWeight[code] += edge.weight();
            }
        }
        double goldenAngle = Math.PI * (3 - Math.sqrt(5));
        for (int k = 0; k < inside.size(); k++) {
            int i = inside.get(k);
            double bx = sumWeight[i] > 0 ? sumX[i] / sumWeight[i] : 0;
            double by = sumWeight[i] > 0 ? sumY[i] / sumWeight[i] : 0;
            double r = Math.hypot(bx, by);
            double angle = r > 1e-6 ? Math.atan2(by, bx) : goldenAngle * k;
            // From [0, R] to [0.2 R, 0.8 R]: out of the crowded middle, never onto the ring.
            double placed = ringRadius * (0.2 + 0.6 * Math.min(1, r / ringRadius));
            x[i] = placed * Math.cos(angle);
            y[i] = placed * Math.sin(angle);
        }
    }

    /** Columns to the right of the ring, top to bottom, as tall as the ring. */
    private static void placeApart(List<Integer> apart, double[] radius, double ringRadius, double[] x, double[] y) {
        double widest = 0;
        for (int i : apart) {
            widest = Math.max(widest, radius[i]);
        }
        double columnX = ringRadius + COLUMN_MARGIN + widest;
        double top = -ringRadius;
        double cursor = top;
        for (int i : apart) {
            if (cursor + 2 * radius[i] > ringRadius && cursor > top) {
                columnX += 2 * widest + COLUMN_MARGIN;
                cursor = top;
            }
            x[i] = columnX;
            y[i] = cursor + radius[i];
            cursor += 2 * radius[i] + 2 * GAP;
        }
    }
}
