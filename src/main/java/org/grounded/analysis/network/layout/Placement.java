package org.grounded.analysis.network.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Where the force layout's nodes start, and where its nodes without edges wait. */
final class Placement {

    /** Room between the graph and the column of nodes without edges, and between columns, px. */
    private static final double PARKING_MARGIN = 120;
    private static final double MIN_COLUMN_HEIGHT = 400;

    private Placement() {
    }

    /**
     * Start positions: the given ones where they are numbers; a node added to a laid-out network
     * ("grow") beside the placed nodes it joins; any other at random from the seed, in a square
     * around the placed ones (or the origin).
     */
    static void start(String[] ids, double[] x, double[] y, double[] radius, int[] sources, int[] targets,
                      NetworkLayout start, Random random) {
        int n = ids.length;
        boolean[] placed = new boolean[n];
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            Point point = start.positions().get(ids[i]);
            if (point != null && Double.isFinite(point.x()) && Double.isFinite(point.y())) {
                x[i] = point.x();
                y[i] = point.y();
                placed[i] = true;
                sumX += x[i];
                sumY += y[i];
                count++;
            }
        }
        double centreX = count > 0 ? sumX / count : 0;
        double centreY = count > 0 ? sumY / count : 0;
        double side = 60 * Math.sqrt(n) + 100;
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            neighbours.add(new ArrayList<>());
        }
        for (int e = 0; e < sources.length; e++) {
            neighbours.get(sources[e]).add(targets[e]);
            neighbours.get(targets[e]).add(sources[e]);
        }
        for (int i = 0; i < n; i++) {
            double jitterX = random.nextDouble() - 0.5;
            double jitterY = random.nextDouble() - 0.5;
            if (placed[i]) {
                continue;
            }
            double nx = 0;
            double ny = 0;
            int known = 0;
            for (int j : neighbours.get(i)) {
                if (placed[j]) {
                    nx += x[j];
                    ny += y[j];
                    known++;
                }
            }
            if (known > 0) {
                x[i] = nx / known + jitterX * 4 * radius[i];
                y[i] = ny / known + jitterY * 4 * radius[i];
            } else {
                x[i] = centreX + jitterX * side;
                y[i] = centreY + jitterY * side;
            }
        }
    }


    /**
     * Puts the nodes without edges in columns to the right of the others, top to bottom, so they
     * neither float in the middle of the graph nor drift off; they carry no force worth drawing.
     */
    static void park(double[] x, double[] y, double[] radius, boolean[] parked, double gap) {
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double widest = 0;
        boolean any = false;
        for (int i = 0; i < x.length; i++) {
            if (parked[i]) {
                widest = Math.max(widest, radius[i]);
                any = true;
            } else {
                minY = Math.min(minY, y[i] - radius[i]);
                maxX = Math.max(maxX, x[i] + radius[i]);
                maxY = Math.max(maxY, y[i] + radius[i]);
            }
        }
        if (!any) {
            return;
        }
        if (maxX == Double.NEGATIVE_INFINITY) {
            minY = 0;
            maxX = 0;
            maxY = 60 * Math.sqrt(x.length) + 100;
        }
        // A small graph still gets a column of some height, not one column per loose node.
        maxY = Math.max(maxY, minY + MIN_COLUMN_HEIGHT);
        double columnX = maxX + PARKING_MARGIN + widest;
        double cursor = minY;
        for (int i = 0; i < x.length; i++) {
            if (parked[i]) {
                if (cursor + 2 * radius[i] > maxY && cursor > minY) {
                    columnX += 2 * widest + PARKING_MARGIN;
                    cursor = minY;
                }
                x[i] = columnX;
                y[i] = cursor + radius[i];
                cursor += 2 * radius[i] + 2 * gap;
            }
        }
    }
}
