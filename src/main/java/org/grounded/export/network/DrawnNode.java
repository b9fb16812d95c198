package org.grounded.export.network;

import java.util.Objects;
import org.grounded.analysis.network.NodeKind;

/**
 * A node as painted: its centre and size in drawing units (px at zoom 1 after the drawing's
 * offset), its outline, fill and border.
 *
 * @param radius      half the node's width: a circle's radius, half a square's side, half a diamond's diagonal
 * @param fill        #RRGGBB
 * @param stroke      #RRGGBB
 * @param strokeWidth the border's width
 * @param tooltip     what hovering says: the label, citations and degree
 */
public record DrawnNode(String id, NodeKind kind, NodeShape shape, double x, double y, double radius, String fill,
                        String stroke, double strokeWidth, String tooltip) {

    public DrawnNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(stroke, "stroke");
        tooltip = tooltip == null ? "" : tooltip;
    }

    /** Whether the point lies inside the node's outline (for hit tests on a canvas). */
    public boolean contains(double px, double py) {
        double dx = Math.abs(px - x);
        double dy = Math.abs(py - y);
        return switch (shape) {
            case CIRCLE -> dx * dx + dy * dy <= radius * radius;
            case ROUNDED_SQUARE, SQUARE -> dx <= radius && dy <= radius;
            case DIAMOND -> dx + dy <= radius;
        };
    }
}
