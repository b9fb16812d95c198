package org.grounded.analysis.agreement;

/** How far apart two values are for Krippendorff's α (Krippendorff 2011, section E). */
public enum Metric {
    /** Values are names: δ² = 0 when equal, 1 otherwise. */
    NOMINAL,
    /** Values are numbers on an interval scale: δ² = (c − k)². */
    INTERVAL;

    double squaredDistance(double c, double k) {
        return switch (this) {
            case NOMINAL -> c == k ? 0 : 1;
            case INTERVAL -> (c - k) * (c - k);
        };
    }
}
