package org.grounded.ui.network;

import java.util.Collection;
import org.grounded.analysis.network.layout.Point;

/**
 * How the network's plane (px at zoom 1) maps onto the canvas: {@code screen = world × scale +
 * offset}. Immutable; zooming and panning give a new viewport. Zooming keeps the point under the
 * pointer where it is, as map viewers do.
 *
 * @param scale   screen pixels per network pixel
 * @param offsetX where the network's origin lies on the canvas
 */
public record Viewport(double scale, double offsetX, double offsetY) {

    /** The smallest and largest zoom: a 5,000-node network still fits; one label fills the view at most. */
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 8;
    /**
     * Labels are drawn at least this large on screen (px), so a zoomed-out network stays readable
     * (labels that would cover others give way instead).
     */
    public static final double SMALLEST_READABLE_TEXT = 9;
    /** Zoomed out below this, no label is drawn: the network is too small to name. */
    static final double LABEL_ZOOM_LIMIT = 0.25;
    /** A label that the zoom would shrink below this (px) is left out, even though it is drawn at least 9 px. */
    static final double TINIEST_LABEL = 2.8;
    /** Fitting never enlarges a small network beyond this. */
    static final double LARGEST_FIT_SCALE = 1.6;

    public Viewport {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("A viewport's scale must be positive, not " + scale);
        }
    }

    public static Viewport identity() {
        return new Viewport(1, 0, 0);
    }

    public double screenX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double screenY(double worldY) {
        return worldY * scale + offsetY;
    }

    public Point toScreen(Point world) {
        return new Point(screenX(world.x()), screenY(world.y()));
    }

    public Point toWorld(double screenX, double screenY) {
        return new Point((screenX - offsetX) / scale, (screenY - offsetY) / scale);
    }

    /** Zooms by {@code factor} (above 1 enlarges) keeping the network point under (screenX, screenY) in place. */
    public Viewport zoomedAround(double screenX, double screenY, double factor) {
        double newScale = clamp(scale * factor);
        Point anchor = toWorld(screenX, screenY);
        return new Viewport(newScale, screenX - anchor.x() * newScale, screenY - anchor.y() * newScale);
    }

    /** Moves the picture by (dx, dy) screen pixels. */
    public Viewport panned(double dx, double dy) {
        return new Viewport(scale, offsetX + dx, offsetY + dy);
    }

    /** The same zoom with the network point {@code world} at the canvas' centre. */
    public Viewport centredOn(Point world, double width, double height) {
        return new Viewport(scale, width / 2 - world.x() * scale, height / 2 - world.y() * scale);
    }

    /** Whether text of this size (px at zoom 1) is drawn at this zoom (zoomed far out, names are left out). */
    public boolean readable(double fontSize) {
        return fontSize * scale >= TINIEST_LABEL && scale >= LABEL_ZOOM_LIMIT;
    }

    /** The size on screen of text of this size (px at zoom 1): as zoomed, but never below {@link #SMALLEST_READABLE_TEXT}. */
    public double textSize(double fontSize) {
        return Math.max(fontSize * scale, SMALLEST_READABLE_TEXT);
    }

    /**
     * The viewport that shows every circle (centre and radius in network pixels) inside a canvas
     * of width × height, with {@code margin} screen pixels free on every side, centred; a small
     * network is not blown up beyond {@link #LARGEST_FIT_SCALE}. Nothing to show (or no room)
     * gives the identity centred on the canvas.
     */
    public static Viewport fit(Collection<Circle> circles, double width, double height, double margin) {
        if (circles.isEmpty() || width <= 2 * margin || height <= 2 * margin) {
            return new Viewport(1, Math.max(0, width) / 2, Math.max(0, height) / 2);
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Circle circle : circles) {
            minX = Math.min(minX, circle.x() - circle.radius());
            minY = Math.min(minY, circle.y() - circle.radius());
            maxX = Math.max(maxX, circle.x() + circle.radius());
            maxY = Math.max(maxY, circle.y() + circle.radius());
        }
        double spanX = Math.max(maxX - minX, 1);
        double spanY = Math.max(maxY - minY, 1);
        double scale = clamp(Math.min(LARGEST_FIT_SCALE,
                Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)));
        Point centre = new Point((minX + maxX) / 2, (minY + maxY) / 2);
        return new Viewport(scale, 0, 0).centredOn(centre, width, height);
    }

    private static double clamp(double scale) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }

    /** A node as the viewport and hit testing see it: its centre and radius in network pixels. */
    public record Circle(String id, double x, double y, double radius) {
    }
}
