package org.grounded.analysis.network.layout;

/**
 * Pushes overlapping nodes apart until every two centres are at least their radii plus a gap
 * apart. Fixed nodes (pinned, or the Figure layout's ring) never move; the others share each push.
 * Deterministic: pairs are visited in index order, and coincident nodes part along an angle taken
 * from their indexes.
 */
final class Overlaps {

    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private Overlaps() {
    }

    /** @return true when no two nodes overlap any more (false only if fixed nodes overlap each other) */
    static boolean separate(double[] x, double[] y, double[] radius, boolean[] fixed, double gap, int maxPasses) {
        int n = x.length;
        for (int pass = 0; pass < maxPasses; pass++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
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
                return true;
            }
        }
        return !overlapping(x, y, radius, fixed, gap);
    }

    private static boolean overlapping(double[] x, double[] y, double[] radius, boolean[] fixed, double gap) {
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (!(fixed[i] && fixed[j]) && Math.hypot(x[j] - x[i], y[j] - y[i]) < radius[i] + radius[j] + gap) {
                    return true;
                }
            }
        }
        return false;
    }
}
