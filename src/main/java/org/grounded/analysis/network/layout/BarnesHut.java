package org.grounded.analysis.network.layout;

/**
 * The Barnes–Hut quadtree for ForceAtlas2's repulsion: a cell far enough away (its width divided
 * by the distance to its centre of mass below θ) pushes as one body of its total mass at its
 * centre of mass, so one node's repulsion costs O(log n) instead of O(n). With θ = 0 every pair
 * is counted exactly. Built anew each iteration from the current positions.
 */
final class BarnesHut {

    /** Below this width a cell stops splitting and keeps its bodies in a list (coincident nodes). */
    private static final double MIN_CELL = 1e-6;

    private final double[] x;
    private final double[] y;
    private final double[] mass;
    private final Cell root;

    BarnesHut(double[] x, double[] y, double[] mass) {
        this.x = x;
        this.y = y;
        this.mass = mass;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double size = Math.max(Math.max(maxX - minX, maxY - minY), MIN_CELL) * 1.0001;
        root = new Cell(minX, minY, size);
        for (int i = 0; i < x.length; i++) {
            root.insert(i);
        }
        root.summarise();
    }

    /** How two bodies repel: the force's size divided by the distance, so the caller scales the offset. */
    interface PairForce {
        /** @return the factor f such that body i moves by f · (x_i − x_j, y_i − y_j) */
        double factor(int i, double otherMass, int otherIndex, double dx, double dy, double distanceSquared);
    }

    /**
     * Adds the repulsion on body {@code i} to {@code force[0..1]}. Bodies and cells met exactly go
     * through {@code near} (which knows node sizes); far cells through {@code far} with
     * {@code otherIndex} = −1.
     */
    void accumulate(int i, double theta, PairForce near, PairForce far, double[] force) {
        accumulate(root, i, theta, near, far, force);
    }

    private void accumulate(Cell cell, int i, double theta, PairForce near, PairForce far, double[] force) {
        if (cell.weight == 0) {
            return;
        }
        if (cell.isLeaf()) {
            for (int k = 0; k < cell.count; k++) {
                int j = cell.bodies[k];
                if (j != i) {
                    double dx = x[i] - x[j];
                    double dy = y[i] - y[j];
                    double d2 = dx * dx + dy * dy;
                    double f = near.factor(i, mass[j], j, dx, dy, d2);
                    force[0] += f * dx;
                    force[1] += f * dy;
                }
            }
            return;
        }
        double dx = x[i] - cell.centreX;
        double dy = y[i] - cell.centreY;
        double d2 = dx * dx + dy * dy;
        if (!cell.contains(x[i], y[i]) && cell.size * cell.size < theta * theta * d2) {
            double f = far.factor(i, cell.weight, -1, dx, dy, d2);
            force[0] += f * dx;
            force[1] += f * dy;
            return;
        }
        for (Cell child : cell.children) {
            if (child != null) {
                accumulate(child, i, theta, near, far, force);
            }
        }
    }

    private final class Cell {
        final double minX;
        final double minY;
        final double size;
        Cell[] children;
        int[] bodies = new int[1];
        int count;
        double weight;
        double centreX;
        double centreY;

        Cell(double minX, double minY, double size) {
            this.minX = minX;
            this.minY = minY;
            this.size = size;
        }

        boolean isLeaf() {
            return children == null;
        }

        boolean contains(double px, double py) {
            return px >= minX && px <= minX + size && py >= minY && py <= minY + size;
        }

        void insert(int body) {
            if (isLeaf()) {
                if (count == 0 || size < MIN_CELL) {
                    if (count == bodies.length) {
                        bodies = java.util.Arrays.copyOf(bodies, count * 2);
                    }
                    bodies[count++] = body;
                    return;
                }
                children = new Cell[4];
                int previous = bodies[0];
                bodies = null;
                count = 0;
                childFor(previous).insert(previous);
            }
            childFor(body).insert(body);
        }

        private Cell childFor(int body) {
            double half = size / 2;
            int quadrant = (x[body] >= minX + half ? 1 : 0) + (y[body] >= minY + half ? 2 : 0);
            if (children[quadrant] == null) {
                children[quadrant] = new Cell(minX + (quadrant & 1) * half, minY + (quadrant >> 1) * half, half);
            }
            return children[quadrant];
        }

        void summarise() {
            double sum = 0;
            double sx = 0;
            double sy = 0;
            if (isLeaf()) {
                for (int k = 0; k < count; k++) {
                    int j = bodies[k];
                    sum += mass[j];
                    sx += mass[j] * x[j];
                    sy += mass[j] * y[j];
                }
            } else {
                for (Cell child : children) {
                    if (child != null) {
                        child.summarise();
                        sum += child.weight;
                        sx += child.weight * child.centreX;
                        sy += child.weight * child.centreY;
                    }
                }
            }
            weight = sum;
            centreX = sum == 0 ? minX + size / 2 : sx / sum;
            centreY = sum == 0 ? minY + size / 2 : sy / sum;
        }
    }
}
