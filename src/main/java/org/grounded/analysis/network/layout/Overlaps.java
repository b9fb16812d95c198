package org.grounded.analysis.network.layout;

/**
 * Pushes overlapping nodes apart until every two centres are at least their radii plus a gap
 * apart; where pushing does not settle (jammed, or caged by fixed nodes), spreads the free nodes
 * and at last moves each one still overlapping to the nearest free spot. Fixed nodes (pinned, or the Figure layout's ring) never move; the others share each push.
 * Deterministic: pairs are visited in order of x, then index, and coincident nodes part along an
 * angle taken from their indexes.
 */
final class Overlaps {

    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    /** Pushes inside a pass may reorder nodes a little; pairs this much further apart are still looked at. */
    private static final double SLACK = 1;

    /**
     * Pairwise pushes settle slowly where nodes are jammed (each push starts another); after this
     * many passes without settling, the free nodes are spread out a little to make room.
     */
    private static final int JAMMED_PASSES = 40;
    private static final double SPREAD = 1.05;
    /** The spiral a jammed node searches for room on: points √k steps out, a golden angle apart. */
    private static final double SPIRAL_STEP = 6;

    private Overlaps() {
    }

    /** Moves the free nodes away from their centre by {@link #SPREAD}; fixed nodes stay. */
    private static void spread(double[] x, double[] y, boolean[] fixed) {
        double cx = 0;
        double cy = 0;
        int free = 0;
        for (int i = 0; i < x.length; i++) {
            if (!fixed[i]) {
                cx += x[i];
                cy += y[i];
                free++;
            }
        }
        if (free == 0) {
            return;
        }
        cx /= free;
        cy /= free;
        for (int i = 0; i < x.length; i++) {
            if (!fixed[i]) {
                x[i] = cx + (x[i] - cx) * SPREAD;
                y[i] = cy + (y[i] - cy) * SPREAD;
            }
        }
    }

    /**
     * Node indexes by x, then index: each pass sweeps them left to right and stops looking for a
     * node's partners once they are too far to the right, so a pass costs about n log n rather
     * than n². A pass that moves nothing looked at every close pair, so the result is exact.
     */
    private static int[] byX(double[] x) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Integer.compare(a, b));
        int[] result = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            result[i] = order[i];
        }
        return result;
    }

    /** Afterwards no node overlaps another, except two fixed ones that already did. */
    static void separate(double[] x, double[] y, double[] radius, boolean[] fixed, double gap, int maxPasses) {
        int n = x.length;
        double widest = 0;
        for (double r : radius) {
            widest = Math.max(widest, r);
        }
        for (int pass = 0; pass < maxPasses; pass++) {
            boolean moved = false;
            int[] order = byX(x);
            for (int a = 0; a < n; a++) {
                int i = order[a];
                for (int b = a + 1; b < n; b++) {
                    int j = order[b];
                    if (x[j] - x[i] > radius[i] + widest + gap + SLACK) {
                        break;
                    }
                    if (fixed[i] && fixed[j]) {
                        continue;
                    }
                    double wanted = radius[i] + radius[j] + gap;
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    double d = Math.hypot(dx, dy);
                    if (d >= wanted) {
                        continue;
                    }
                    // A little more than the overlap, so the pair is clear of rounding.
                    double push = (wanted - d) * 1.01;
                    if (d < 1e-9) {
                        double angle = GOLDEN_ANGLE * (i * 31 + j);
                        dx = Math.cos(angle);
                        dy = Math.sin(angle);
                        d = 1;
                    } else {
                        dx /= d;
                        dy /= d;
                    }
                    double shareI = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
                    double shareJ = 1 - shareI;
                    x[i] -= dx * push * shareI;
                    y[i] -= dy * push * shareI;
                    x[j] += dx * push * shareJ;
                    y[j] += dy * push * shareJ;
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
            if ((pass + 1) % JAMMED_PASSES == 0) {
                spread(x, y, fixed);
            }
        }
        // Still jammed (a free node caged by pinned ones): move each free node that overlaps to the
        // nearest free spot on a spiral around it.
        for (int i = 0; i < n; i++) {
            if (!fixed[i] && circleClashes(i, x[i], y[i], x, y, radius, gap)) {
                for (int k = 1; ; k++) {
                    double distance = SPIRAL_STEP * Math.sqrt(k);
                    double px = x[i] + distance * Math.cos(GOLDEN_ANGLE * k);
                    double py = y[i] + distance * Math.sin(GOLDEN_ANGLE * k);
                    if (!circleClashes(i, px, py, x, y, radius, gap)) {
                        x[i] = px;
                        y[i] = py;
                        break;
                    }
                }
            }
        }
    }

    private static boolean circleClashes(int i, double px, double py, double[] x, double[] y, double[] radius,
                                         double gap) {
        for (int j = 0; j < x.length; j++) {
            if (j != i && Math.hypot(px - x[j], py - y[j]) < radius[i] + radius[j] + gap) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pushes apart nodes whose boxes (node with its label below) overlap, each pair along the
     * axis where they overlap least, until every two boxes are a gap apart. Fixed nodes never move.
     * Afterwards no box overlaps another, except two fixed ones that already did.
     *
     * @param halfWidth half of each box's width; a box reaches {@code above} over its centre and
     *                  {@code below} under it
     */
    static void separateBoxes(double[] x, double[] y, double[] halfWidth, double[] above, double[] below,
                                 boolean[] fixed, double gap, int maxPasses) {
        int n = x.length;
        double widest = 0;
        for (double half : halfWidth) {
            widest = Math.max(widest, half);
        }
        for (int pass = 0; pass < maxPasses; pass++) {
            boolean moved = false;
            int[] order = byX(x);
            for (int a = 0; a < n; a++) {
                int i = order[a];
                for (int b = a + 1; b < n; b++) {
                    int j = order[b];
                    if (x[j] - x[i] > halfWidth[i] + widest + gap + SLACK) {
                        break;
                    }
                    if (fixed[i] && fixed[j]) {
                        continue;
                    }
                    double overlapX = halfWidth[i] + halfWidth[j] + gap - Math.abs(x[j] - x[i]);
                    // j below i: i's bottom against j's top; j above i: the other way round.
                    boolean jBelow = y[j] > y[i] || (y[j] == y[i] && j > i);
                    double overlapY = jBelow ? y[i] + below[i] + above[j] + gap - y[j]
                            : y[j] + below[j] + above[i] + gap - y[i];
                    if (overlapX <= 0 || overlapY <= 0) {
                        continue;
                    }
                    double shareI = fixed[i] ? 0 : fixed[j] ? 1 : 0.5;
                    double shareJ = 1 - shareI;
                    if (overlapX < overlapY) {
                        double sign = x[j] > x[i] || (x[j] == x[i] && j > i) ? 1 : -1;
                        double push = overlapX * 1.01;
                        x[i] -= sign * push * shareI;
                        x[j] += sign * push * shareJ;
                    } else {
                        double sign = jBelow ? 1 : -1;
                        double push = overlapY * 1.01;
                        y[i] -= sign * push * shareI;
                        y[j] += sign * push * shareJ;
                    }
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
            if ((pass + 1) % JAMMED_PASSES == 0) {
                spread(x, y, fixed);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!fixed[i] && boxClashes(i, x[i], y[i], x, y, halfWidth, above, below, gap)) {
                for (int k = 1; ; k++) {
                    double distance = SPIRAL_STEP * Math.sqrt(k);
                    double px = x[i] + distance * Math.cos(GOLDEN_ANGLE * k);
                    double py = y[i] + distance * Math.sin(GOLDEN_ANGLE * k);
                    if (!boxClashes(i, px, py, x, y, halfWidth, above, below, gap)) {
                        x[i] = px;
                        y[i] = py;
                        break;
                    }
                }
            }
        }
    }

    private static boolean boxClashes(int i, double px, double py, double[] x, double[] y, double[] halfWidth,
                                      double[] above, double[] below, double gap) {
        for (int j = 0; j < x.length; j++) {
            if (j != i && Math.abs(px - x[j]) < halfWidth[i] + halfWidth[j] + gap
                    && py - above[i] < y[j] + below[j] + gap && y[j] - above[j] < py + below[i] + gap) {
                return true;
            }
        }
        return false;
    }
}
