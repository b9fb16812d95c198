package org.grounded.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.grounded.analysis.network.NodeKind;
import org.grounded.analysis.network.layout.Point;
import org.grounded.export.network.DrawnEdge;
import org.grounded.export.network.DrawnLabel;
import org.grounded.export.network.DrawnNode;
import org.grounded.export.network.NetworkDrawing;

/**
 * Paints the network's one {@link NetworkDrawing} — the picture the SVG and PNG exports paint too —
 * on the canvas through the viewport, and adds what only a screen has: while a node is hovered
 * everything not joined to it fades; the chosen node or edge is outlined; pinned nodes carry a
 * dot; labels too small to read are left out, and a label that would cover a more important one
 * gives way (zooming in makes room).
 */
final class CanvasPainter {

    private static final Color ACCENT = Color.web("#1F6FEB");
    private static final double FADED = 0.18;

    /** What to paint: the drawing, the viewport that maps the drawing onto the canvas, and the screen's state. */
    record Scene(NetworkDrawing drawing, Viewport viewport, String hovered, Set<String> highlighted,
                 String selectedNode, String selectedEdge, Set<String> pinned) {
    }

    private CanvasPainter() {
    }

    static void paint(GraphicsContext g, double width, double height, Scene scene) {
        g.setFill(Color.web(NetworkDrawing.BACKGROUND));
        g.fillRect(0, 0, width, height);
        if (scene.drawing() == null) {
            return;
        }
        Viewport view = scene.viewport();
        boolean focus = scene.hovered() != null;
        g.setLineCap(StrokeLineCap.ROUND);
        for (DrawnEdge edge : scene.drawing().edges()) {
            boolean near = focus && (scene.hovered().equals(edge.sourceId()) || scene.hovered().equals(edge.targetId()));
            boolean chosen = edge.id().equals(scene.selectedEdge());
            Color colour = chosen ? ACCENT : faded(Color.web(edge.colour()), focus && !near);
            Point from = view.toScreen(edge.from());
            Point to = view.toScreen(edge.to());
            g.setStroke(colour);
            g.setLineWidth(Math.max(0.5, edge.width() * view.scale()) + (chosen ? 2 : 0));
            g.setLineDashes(edge.dashed() ? new double[] {5 * view.scale(), 4 * view.scale()} : null);
            g.strokeLine(from.x(), from.y(), to.x(), to.y());
            if (edge.directed()) {
                g.setFill(colour);
                double[] xs = new double[3];
                double[] ys = new double[3];
                for (int i = 0; i < 3; i++) {
                    Point corner = view.toScreen(edge.arrowHead().get(i));
                    xs[i] = corner.x();
                    ys[i] = corner.y();
                }
                g.fillPolygon(xs, ys, 3);
            }
        }
        g.setLineDashes(null);
        for (DrawnNode node : scene.drawing().nodes()) {
            boolean lit = !focus || scene.highlighted().contains(node.id());
            boolean chosen = node.id().equals(scene.selectedNode());
            Point centre = view.toScreen(new Point(node.x(), node.y()));
            double r = node.radius() * view.scale();
            g.setFill(faded(Color.web(node.fill()), !lit));
            g.setStroke(chosen ? ACCENT : faded(Color.web(node.stroke()), !lit));
            g.setLineWidth(chosen ? 3.5 : Math.max(0.8, node.strokeWidth() * Math.min(1.5, view.scale())));
            shape(g, node, centre, r);
            if (scene.pinned().contains(node.id())) {
                double dot = Math.max(2.5, 3.5 * view.scale());
                g.setFill(faded(Color.web("#212121"), !lit));
                g.fillOval(centre.x() + r * 0.72 - dot, centre.y() - r * 0.72 - dot, 2 * dot, 2 * dot);
            }
        }
        labels(g, scene, view, focus);
    }

    private static void shape(GraphicsContext g, DrawnNode node, Point c, double r) {
        switch (node.shape()) {
            case CIRCLE -> {
                g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
                g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
            }
            case ROUNDED_SQUARE -> {
                g.fillRoundRect(c.x() - r, c.y() - r, 2 * r, 2 * r, r * 0.7, r * 0.7);
                g.strokeRoundRect(c.x() - r, c.y() - r, 2 * r, 2 * r, r * 0.7, r * 0.7);
            }
            case SQUARE -> {
                g.fillRect(c.x() - r, c.y() - r, 2 * r, 2 * r);
                g.strokeRect(c.x() - r, c.y() - r, 2 * r, 2 * r);
            }
            case DIAMOND -> {
                double[] xs = {c.x(), c.x() + r, c.x(), c.x() - r};
                double[] ys = {c.y() - r, c.y(), c.y() + r, c.y()};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            }
        }
    }

    /**
     * The labels large enough to read, most important first, each only where it covers no label
     * already placed; a label of two lines shows whole or not at all. The hovered and the chosen
     * node are always named. Captions (what unlabelled edges mean) are for the files: the window
     * has its legend.
     */
    private static void labels(GraphicsContext g, Scene scene, Viewport view, boolean focus) {
        java.util.Map<String, DrawnNode> nodes = new java.util.HashMap<>();
        scene.drawing().nodes().forEach(node -> nodes.put(node.id(), node));
        java.util.Map<String, List<DrawnLabel>> byOwner = new java.util.LinkedHashMap<>();
        for (DrawnLabel label : scene.drawing().labels()) {
            if (label.role() != DrawnLabel.LabelRole.CAPTION) {
                byOwner.computeIfAbsent(label.role() + ":" + label.ownerId(), key -> new ArrayList<>()).add(label);
            }
        }
        List<LabelCulling.Box> boxes = new ArrayList<>();
        for (var entry : byOwner.entrySet()) {
            List<DrawnLabel> lines = entry.getValue();
            DrawnLabel first = lines.get(0);
            boolean forced = first.ownerId().equals(scene.hovered()) || first.ownerId().equals(scene.selectedNode());
            boolean edge = first.role() == DrawnLabel.LabelRole.EDGE;
            if (!forced && !view.readable(first.fontSize())) {
                continue;
            }
            if (edge && focus && !touchesHovered(scene, first.ownerId())) {
                continue;
            }
            double size = forced ? Math.max(view.textSize(first.fontSize()), 12) : view.textSize(first.fontSize());
            double left = Double.POSITIVE_INFINITY;
            double right = Double.NEGATIVE_INFINITY;
            for (DrawnLabel line : lines) {
                double half = (LabelCulling.width(line.text(), size) * (line.bold() ? 1.08 : 1) + 4) / 2;
                double x = view.screenX(line.x());
                left = Math.min(left, x - half);
                right = Math.max(right, x + half);
            }
            double top = view.screenY(first.y()) - size;
            double spacing = lines.size() > 1
                    ? (view.screenY(lines.get(1).y()) - view.screenY(first.y())) / Math.max(view.scale(), 1e-9) : 0;
            double height = size * 1.25 + (lines.size() - 1) * size * (spacing > 0 ? spacing / first.fontSize() : 1.15);
            DrawnNode owner = nodes.get(first.ownerId());
            double priority = forced ? Double.MAX_VALUE
                    : (focus && scene.highlighted().contains(first.ownerId()) ? 1e8 : 0)
                    + (edge ? -1 : rank(owner, first) + (owner == null ? 0 : owner.radius()));
            boxes.add(new LabelCulling.Box(entry.getKey(), left, top, right - left, height, priority));
        }
        Set<String> shown = LabelCulling.visible(boxes);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BASELINE);
        for (LabelCulling.Box box : boxes) {
            if (!shown.contains(box.id())) {
                continue;
            }
            List<DrawnLabel> lines = byOwner.get(box.id());
            DrawnLabel first = lines.get(0);
            boolean forced = first.ownerId().equals(scene.hovered()) || first.ownerId().equals(scene.selectedNode());
            double size = forced ? Math.max(view.textSize(first.fontSize()), 12) : view.textSize(first.fontSize());
            boolean lit = !focus || scene.highlighted().contains(first.ownerId())
                    || first.role() == DrawnLabel.LabelRole.EDGE;
            double baseline = view.screenY(first.y());
            for (int i = 0; i < lines.size(); i++) {
                DrawnLabel line = lines.get(i);
                // Lines keep the drawing's spacing in font sizes, whatever size the screen draws them at.
                double y = baseline + i * size * (i == 0 ? 0 : (line.y() - first.y()) / (i * first.fontSize()));
                double x = view.screenX(line.x());
                g.setFont(Font.font("System", line.bold() ? FontWeight.BOLD : FontWeight.NORMAL, size)); // NON-NLS: a font family
                if (line.halo()) {
                    g.setStroke(Color.web(NetworkDrawing.BACKGROUND).deriveColor(0, 1, 1, lit ? 0.9 : 0.5));
                    g.setLineWidth(3);
                    g.strokeText(line.text(), x, y);
                }
                g.setFill(faded(Color.web(line.colour()), !lit));
                g.fillText(line.text(), x, y);
            }
        }
    }

    /** Participants are always worth naming, then central categories (named in bold), then the rest. */
    private static double rank(DrawnNode owner, DrawnLabel label) {
        if (owner == null) {
            return 0;
        }
        return owner.kind() != NodeKind.CODE ? 2e6 : label.bold() ? 1e6 : 0;
    }

    private static boolean touchesHovered(Scene scene, String edgeId) {
        return scene.drawing().edges().stream().anyMatch(edge -> edge.id().equals(edgeId)
                && (scene.hovered().equals(edge.sourceId()) || scene.hovered().equals(edge.targetId())));
    }

    private static Color faded(Color colour, boolean fade) {
        return fade ? colour.deriveColor(0, 1, 1, FADED) : colour;
    }
}
