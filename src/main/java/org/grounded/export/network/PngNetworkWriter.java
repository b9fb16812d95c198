package org.grounded.export.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.grounded.analysis.network.layout.Point;

/**
 * Paints a {@link NetworkDrawing} into a PNG with Java2D, antialiased, at a chosen scale (2 for
 * a sharp figure in a paper). Needs no display: the command line runs it headless.
 */
public final class PngNetworkWriter {

    /** The white outline behind labels, in drawing units. */
    static final double HALO_WIDTH = 3;
    /** A picture larger than this many pixels a side would not fit in memory on a laptop. */
    static final int MAX_SIDE = 16_000;
    private static final String FONT_NAME = Font.SANS_SERIF;
    /** The most edges stroked as one path (see {@link #paintEdges}); measured on 16,570 long lines. */
    static final int EDGES_PER_PATH = 1000;

    private PngNetworkWriter() {
    }

    /**
     * The picture, {@code scale} pixels per drawing unit.
     *
     * @throws IllegalArgumentException when the scale is not positive or the picture would be too large
     */
    public static BufferedImage render(NetworkDrawing drawing, double scale) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("The scale must be a positive number, not " + scale);
        }
        int width = (int) Math.ceil(drawing.width() * scale);
        int height = (int) Math.ceil(drawing.height() * scale);
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("A picture of " + width + " × " + height + " pixels is too large; "
                    + "choose a smaller scale (at most " + MAX_SIDE + " pixels a side)");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(colour(NetworkDrawing.BACKGROUND));
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            paintEdges(g, drawing.edges());
            drawing.nodes().forEach(node -> paint(g, node));
            drawing.labels().forEach(label -> paint(g, label));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the PNG; does not close the stream. */
    public static void write(NetworkDrawing drawing, double scale, OutputStream out) throws IOException {
        write(render(drawing, scale), out);
    }

    /** Writes a rendered picture as PNG; does not close the stream. */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("This Java has no PNG writer");
        }
    }

    /**
     * The edges in their order, but a run of solid, undirected edges of one colour is stroked as
     * one path per width. Each stroke costs the rasterizer a pass over its bounding box, and a
     * study's network has thousands of long lines: one pass for many lines looks the same (the
     * colour is opaque, so the order of lines of one colour does not show) at a fraction of the
     * time. A path holds at most {@link #EDGES_PER_PATH} lines: a path of many thousand lines is
     * slower again (the rasterizer sorts every row's crossings).
     */
    private static void paintEdges(Graphics2D g, List<DrawnEdge> edges) {
        Map<Double, Path2D.Double> paths = new LinkedHashMap<>();
        Map<Double, Integer> counts = new HashMap<>();
        String colour = null;
        for (DrawnEdge edge : edges) {
            boolean batched = !edge.dashed() && !edge.directed();
            if (colour != null && !(batched && edge.colour().equals(colour))) {
                strokeAll(g, colour, paths, counts);
                colour = null;
            }
            if (!batched) {
                paint(g, edge);
                continue;
            }
            colour = edge.colour();
            Path2D.Double path = paths.computeIfAbsent(edge.width(), w -> new Path2D.Double());
            path.moveTo(edge.from().x(), edge.from().y());
            path.lineTo(edge.to().x(), edge.to().y());
            if (counts.merge(edge.width(), 1, Integer::sum) == EDGES_PER_PATH) {
                stroke(g, colour, edge.width(), path);
                paths.remove(edge.width());
                counts.remove(edge.width());
            }
        }
        if (colour != null) {
            strokeAll(g, colour, paths, counts);
        }
    }

    private static void strokeAll(Graphics2D g, String colour, Map<Double, Path2D.Double> paths, Map<Double, Integer> counts) {
        paths.forEach((width, path) -> stroke(g, colour, width, path));
        paths.clear();
        counts.clear();
    }

    private static void stroke(Graphics2D g, String colour, double width, Path2D path) {
        g.setColor(colour(colour));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private static void paint(Graphics2D g, DrawnEdge edge) {
        g.setColor(colour(edge.colour()));
        float width = (float) edge.width();
        g.setStroke(edge.dashed()
                ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {5, 4}, 0)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(edge.from().x(), edge.from().y(), edge.to().x(), edge.to().y()));
        if (edge.directed()) {
            g.fill(polygon(edge.arrowHead()));
        }
    }

    private static void paint(Graphics2D g, DrawnNode node) {
        double r = node.radius();
        Shape shape = switch (node.shape()) {
            case CIRCLE -> new Ellipse2D.Double(node.x() - r, node.y() - r, 2 * r, 2 * r);
            case ROUNDED_SQUARE -> new RoundRectangle2D.Double(node.x() - r, node.y() - r, 2 * r, 2 * r, r * 0.7, r * 0.7);
            case SQUARE -> new Rectangle2D.Double(node.x() - r, node.y() - r, 2 * r, 2 * r);
            case DIAMOND -> polygon(List.of(new Point(node.x(), node.y() - r), new Point(node.x() + r, node.y()),
                    new Point(node.x(), node.y() + r), new Point(node.x() - r, node.y())));
        };
        g.setColor(colour(node.fill()));
        g.fill(shape);
        g.setColor(colour(node.stroke()));
        g.setStroke(new BasicStroke((float) node.strokeWidth()));
        g.draw(shape);
    }

    private static void paint(Graphics2D g, DrawnLabel label) {
        if (label.text().isEmpty()) {
            return;
        }
        Font font = new Font(FONT_NAME, label.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) label.fontSize());
        FontRenderContext context = g.getFontRenderContext();
        TextLayout layout = new TextLayout(label.text(), font, context);
        double x = label.x() - layout.getAdvance() / 2;
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, label.y()));
        if (label.halo()) {
            g.setColor(colour(NetworkDrawing.BACKGROUND));
            g.setStroke(new BasicStroke((float) HALO_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(colour(label.colour()));
        g.fill(outline);
    }

    private static Path2D polygon(List<Point> corners) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(corners.get(0).x(), corners.get(0).y());
        for (int i = 1; i < corners.size(); i++) {
            path.lineTo(corners.get(i).x(), corners.get(i).y());
        }
        path.closePath();
        return path;
    }

    private static Color colour(String hex) {
        return new Color(NetworkDrawings.rgb(hex));
    }
}
