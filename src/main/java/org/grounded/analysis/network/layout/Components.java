package org.grounded.analysis.network.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the connected components of a force layout out of one another's way: forces alone can
 * leave a small component nestled in a pocket of a large one, where it reads as part of it. The
 * largest component (or any holding a pinned node) stays; each other component, largest first,
 * is slid straight away from the ones already placed until its bounding box is clear of theirs.
 */
final class Components {

    /** Free space between the boxes of two components, px. */
    static final double MARGIN = 20;
    private static final double STEP = 10;

    private Components() {
    }

    /**
     * @param include nodes to consider (false: parked nodes, which have a place of their own)
     * @param fixed   pinned nodes: a component holding one does not move
     */
    static void separate(double[] x, double[] y, double[] radius, int[] sources, int[] targets, boolean[] include,
                         boolean[] fixed) {
        List<List<Integer>> components = components(x.length, sources, targets, include);
        if (components.size() < 2) {
            return;
        }
        components.sort(Comparator.comparingInt((List<Integer> c) -> anyFixed(c, fixed) ? 0 : 1)
                .thenComparing(c -> -c.size()));
        List<double[]> placed = new ArrayList<>();
        for (List<Integer> component : components) {
            double[] box = box(component, x, y, radius);
            if (!placed.isEmpty() && !anyFixed(component, fixed)) {
                double[] centre = centreOf(placed);
                double dx = (box[0] + box[2]) / 2 - centre[0];
                double dy = (box[1] + box[3]) / 2 - centre[1];
                double length = Math.hypot(dx, dy);
                if (length < 1e-9) {
                    dx = 1;
                    dy = 0;
                } else {
                    dx /= length;
                    dy /= length;
                }
                double shiftX = 0;
                double shiftY = 0;
                while (clashes(box, shiftX, shiftY, placed)) {
                    shiftX += dx * STEP;
                    shiftY += dy * STEP;
                }
                for (int i : component) {
                    x[i] += shiftX;
                    y[i] += shiftY;
                }
                box = new double[] {box[0] + shiftX, box[1] + shiftY, box[2] + shiftX, box[3] + shiftY};
            }
            placed.add(box);
        }
    }

    private static boolean clashes(double[] box, double shiftX, double shiftY, List<double[]> placed) {
        for (double[] other : placed) {
            if (box[0] + shiftX < other[2] + MARGIN && other[0] < box[2] + shiftX + MARGIN
                    && box[1] + shiftY < other[3] + MARGIN && other[1] < box[3] + shiftY + MARGIN) {
                return true;
            }
        }
        return false;
    }

    private static double[] centreOf(List<double[]> boxes) {
        double[] all = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (double[] box : boxes) {
            all[0] = Math.min(all[0], box[0]);
            all[1] = Math.min(all[1], box[1]);
            all[2] = Math.max(all[2], box[2]);
            all[3] = Math.max(all[3], box[3]);
        }
        return new double[] {(all[0] + all[2]) / 2, (all[1] + all[3]) / 2};
    }

    private static double[] box(List<Integer> component, double[] x, double[] y, double[] radius) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (int i : component) {
            box[0] = Math.min(box[0], x[i] - radius[i]);
            box[1] = Math.min(box[1], y[i] - radius[i]);
            box[2] = Math.max(box[2], x[i] + radius[i]);
            box[3] = Math.max(box[3], y[i] + radius[i]);
        }
        return box;
    }

    private static boolean anyFixed(List<Integer> component, boolean[] fixed) {
        return component.stream().anyMatch(i -> fixed[i]);
    }

    /** Connected components by union–find, each listed in node order, in order of first node. */
    static List<List<Integer>> components(int n, int[] sources, int[] targets, boolean[] include) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < sources.length; e++) {
            int a = find(parent, sources[e]);
            int b = find(parent, targets[e]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        List<List<Integer>> components = new ArrayList<>();
        int[] componentOfRoot = new int[n];
        java.util.Arrays.fill(componentOfRoot, -1);
        for (int i = 0; i < n; i++) {
            if (!include[i]) {
                continue;
            }
            int root = find(parent, i);
            if (componentOfRoot[root] < 0) {
                componentOfRoot[root] = components.size();
                components.add(new ArrayList<>());
            }
            components.get(componentOfRoot[root]).add(i);
        }
        return components;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
