package org.grounded.model;

/**
 * Where a node of a saved network stands, in pixels at zoom 1 (the unit the layouts use). Only
 * finite numbers: a position that is not a number would be drawn nowhere and written as nothing.
 */
public record Position(double x, double y) {

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("A node's position must be a finite number, not (" + x + ", " + y + ")");
        }
    }
}
