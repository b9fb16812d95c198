package org.grounded.analysis.network.layout;

/**
 * The parameters of ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian 2014, PLoS ONE 9(6)), in
 * px at zoom 1.
 *
 * @param repulsion       k_r: two nodes repel with k_r (deg₁+1)(deg₂+1) / d
 * @param gravity         k_g: each node is pulled to the origin with k_g (deg+1)
 * @param theta           the Barnes–Hut θ: a cell whose width over distance is below θ repels as
 *                        one body; 0 counts every pair exactly
 * @param jitterTolerance τ of the adaptive speed: how much swinging is tolerated
 * @param preventOverlap  FA2's "adjust sizes": distances are taken between node rims, so nodes
 *                        with their radii do not overlap
 * @param coolingAfter    iterations of plain ForceAtlas2; then each node's step cap cools down
 * @param maxIterations   the run stops here even if not converged
 * @param tolerance       converged when the mean displacement of the free nodes in one iteration
 *                        stays below this fraction of the typical spacing (√(bounding-box area /
 *                        n)) for a few iterations in a row
 */
public record ForceSettings(double repulsion, double gravity, double theta, double jitterTolerance,
                            boolean preventOverlap, int coolingAfter, int maxIterations,
                            double tolerance) {

    public ForceSettings {
        if (!(repulsion > 0) || gravity < 0 || theta < 0 || !(jitterTolerance > 0) || coolingAfter < 0 || maxIterations < 1
                || !(tolerance > 0)) {
            throw new IllegalArgumentException("Force layout settings out of range");
        }
    }

    /** What the window, the exports and the command line use. */
    public static ForceSettings defaults() {
        return new ForceSettings(120, 1, 1.2, 1, true, 300, 1500, 0.01);
    }

    public ForceSettings withTheta(double newTheta) {
        return new ForceSettings(repulsion, gravity, newTheta, jitterTolerance, preventOverlap, coolingAfter,
                maxIterations, tolerance);
    }

    public ForceSettings withPreventOverlap(boolean newPreventOverlap) {
        return new ForceSettings(repulsion, gravity, theta, jitterTolerance, newPreventOverlap, coolingAfter,
                maxIterations, tolerance);
    }

    public ForceSettings withMaxIterations(int newMaxIterations) {
        return new ForceSettings(repulsion, gravity, theta, jitterTolerance, preventOverlap, coolingAfter,
                newMaxIterations, tolerance);
    }
}
