package org.grounded.analysis.network.layout;

/** A position in px at zoom 1; y grows downward, as on screen. */
public record Point(double x, double y) {

    public double distance(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
