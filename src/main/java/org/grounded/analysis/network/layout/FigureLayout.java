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
 * Study A's Figure 1: the participants (or documents, or participant groups) on a ring; the codes
 * they cite on concentric circles inside it, each towards the participants that cite it (the
 * angle of their weighted barycentre), the codes one or two participants cite on the outer
 * circles and the codes everyone cites in the middle; the isolated codes set apart in columns to
 * the right.
 * A network without participants puts its linked codes on the ring instead. Pinned nodes keep
 * their start position; then overlapping nodes are pushed apart.
 */
final class FigureLayout {

    /** Free space kept between node rims, px. */
    static final double GAP = 12;
    private static final double MIN_RING_RADIUS = 250;
    private static final double COLUMN_MARGIN = 140;
    /** Extra room along a circle for a code's label, px. */
    private static final double LABEL_ROOM = 30;
    private static final double MAX_LABEL_WIDTH = 200;
    /** Extra room between circles, px. */
    private static final double BAND_ROOM = 30;

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
        double[] slot = slots(nodes, radius);
        double ringRadius = ringRadius(ring, inside, radius, slot);
        for (int k = 0; k < ring.size(); k++) {
            int i = ring.get(k);
            double angle = -Math.PI / 2 + 2 * Math.PI * k / ring.size();
            x[i] = ringRadius * Math.cos(angle);
            y[i] = ringRadius * Math.sin(angle);
            fixed[i] = true;
        }
        placeInside(network, index, inside, ringRadius, radius, slot, x, y);
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
        double[] halfWidth = new double[n];
        double[] below = new double[n];
        for (int i = 0; i < n; i++) {
            halfWidth[i] = nodes.get(i).halfWidth();
            below[i] = nodes.get(i).depthBelow();
        }
        // Node and label boxes apart (labels sit centred below their node, as the drawings put them).
        Overlaps.separateBoxes(x, y, halfWidth, radius, below, fixed, GAP, 500);
        Overlaps.separate(x, y, radius, fixed, GAP, 500);
        Map<String, Point> positions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            positions.put(nodes.get(i).id(), new Point(x[i], y[i]));
        }
        return new NetworkLayout(positions);
    }

    /**
     * Each inside code's wish: the angle of the weighted barycentre of the participants citing it,
     * and how one-sided that barycentre is (0 in the middle, 1 on the ring).
     */
    private static double[][] wishes(CodeNetwork network, Map<String, Integer> index, List<Integer> inside,
                                     double[] x, double[] y, double ringRadius) {
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
        double[][] wishes = new double[inside.size()][];
        for (int k = 0; k < inside.size(); k++) {
            int i = inside.get(k);
            double bx = sumWeight[i] > 0 ? sumX[i] / sumWeight[i] : 0;
            double by = sumWeight[i] > 0 ? sumY[i] / sumWeight[i] : 0;
            double r = Math.hypot(bx, by);
            wishes[k] = new double[] {r > 1e-6 ? Math.atan2(by, bx) : goldenAngle * k, Math.min(1, r / ringRadius)};
        }
        return wishes;
    }

    /**
     * The inside codes on concentric circles: the most one-sided codes on the outer circle (near
     * the participants citing them), the codes everyone cites on the inner ones; on each circle in
     * the order of their wished angles, spaced so neighbours and their labels do not touch.
     */
    private static void placeInside(CodeNetwork network, Map<String, Integer> index, List<Integer> inside,
                                    double ringRadius, double[] radius, double[] slot, double[] x, double[] y) {
        double[][] wish = wishes(network, index, inside, x, y, ringRadius);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < inside.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> wish[b][1] != wish[a][1] ? Double.compare(wish[b][1], wish[a][1]) : Integer.compare(a, b));
        List<Double> circles = circles(ringRadius, inside, radius);
        List<List<Integer>> onCircles = new ArrayList<>();
        double[] used = new double[circles.size()];
        circles.forEach(circle -> onCircles.add(new ArrayList<>()));
        for (int k : order) {
            double room = slot[inside.get(k)];
            // The outer circle for the most one-sided codes, the inner ones for the codes all cite.
            int wanted = (int) Math.round((1 - wish[k][1]) * (circles.size() - 1));
            int chosen = -1;
            for (int step = 0; step < 2 * circles.size() && chosen < 0; step++) {
                int c = wanted + (step % 2 == 0 ? -step / 2 : (step + 1) / 2);
                if (c >= 0 && c < circles.size()
                        && (used[c] + room <= 2 * Math.PI * circles.get(c) || onCircles.get(c).isEmpty())) {
                    chosen = c;
                }
            }
            if (chosen < 0) {
                chosen = 0;
            }
            used[chosen] += room;
            onCircles.get(chosen).add(k);
        }
        for (int c = 0; c < circles.size(); c++) {
            double circle = circles.get(c);
            List<Integer> onCircle = onCircles.get(c);
            onCircle.sort((a, b) -> Double.compare(wish[a][0], wish[b][0]));
            double[] angles = new double[onCircle.size()];
            double[] separation = new double[onCircle.size()];
            for (int k = 0; k < angles.length; k++) {
                angles[k] = wish[onCircle.get(k)][0];
                separation[k] = slot[inside.get(onCircle.get(k))] / circle;
            }
            spreadOnCircle(angles, separation);
            for (int k = 0; k < angles.length; k++) {
                int i = inside.get(onCircle.get(k));
                x[i] = circle * Math.cos(angles[k]);
                y[i] = circle * Math.sin(angles[k]);
            }
        }
    }

    /**
     * Room along a circle for each node and its label: its width, a gap, and part of its label's
     * estimated width (a label lies across the circle's direction only where the circle runs
     * left to right; 0.6 is about the mean of |sin| around a circle).
     */
    private static double[] slots(List<NetworkNode> nodes, double[] radius) {
        double[] slots = new double[nodes.size()];
        for (int i = 0; i < slots.length; i++) {
            double label = Math.min(MAX_LABEL_WIDTH, 2 * nodes.get(i).halfWidth());
            slots[i] = 2 * radius[i] + GAP + LABEL_ROOM + 0.6 * label;
        }
        return slots;
    }

    /** The circles inside the ring, outermost first, one band apart, down to a fifth of the ring. */
    private static List<Double> circles(double ringRadius, List<Integer> inside, double[] radius) {
        double widest = 0;
        for (int i : inside) {
            widest = Math.max(widest, radius[i]);
        }
        double band = 2 * widest + 2 * GAP + BAND_ROOM;
        List<Double> circles = new ArrayList<>();
        for (double r = ringRadius - band; r > 0; r -= band) {
            circles.add(r);
        }
        if (circles.isEmpty()) {
            circles.add(ringRadius / 2);
        }
        return circles;
    }

    /**
     * Moves sorted angles apart until each pair of neighbours (around the circle) is at least the
     * mean of their separations apart, keeping their order; the total must fit in 2π.
     */
    static void spreadOnCircle(double[] angles, double[] separation) {
        int n = angles.length;
        if (n < 2) {
            return;
        }
        for (int pass = 0; pass < 2000; pass++) {
            boolean moved = false;
            for (int k = 0; k < n; k++) {
                int next = (k + 1) % n;
                double gap = angles[next] - angles[k] + (next == 0 ? 2 * Math.PI : 0);
                double wanted = (separation[k] + separation[next]) / 2;
                if (gap < wanted - 1e-9) {
                    double push = (wanted - gap) / 2 + 1e-9;
                    angles[k] -= push;
                    angles[next] += push;
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    /** Big enough for the ring's nodes side by side, and for the codes on the circles inside it. */
    private static double ringRadius(List<Integer> ring, List<Integer> inside, double[] radius, double[] slot) {
        double around = 0;
        for (int i : ring) {
            around += slot[i] + GAP;
        }
        double r = Math.max(MIN_RING_RADIUS, around / (2 * Math.PI));
        while (capacity(r, inside, radius, slot) < needed(inside, slot)) {
            r *= 1.1;
        }
        return r;
    }

    private static double capacity(double ringRadius, List<Integer> inside, double[] radius, double[] slot) {
        double room = 0;
        double widestSlot = 0;
        for (int i : inside) {
            widestSlot = Math.max(widestSlot, slot[i]);
        }
        for (double circle : circles(ringRadius, inside, radius)) {
            // Each circle may end with one slot unfilled.
            room += 2 * Math.PI * circle - widestSlot;
        }
        return room;
    }

    private static double needed(List<Integer> inside, double[] slot) {
        double sum = 0;
        for (int i : inside) {
            sum += slot[i];
        }
        return sum;
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
