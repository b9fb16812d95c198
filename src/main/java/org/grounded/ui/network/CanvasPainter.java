package org.grounded.ui.network;

import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.grounded.model.ColourScheme;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NodeKind;
import org.grounded.analysis.network.layout.Point;

/**
 * Paints the network on the canvas through the viewport: edges under nodes, labels last, text
 * only where it is large enough to read. While a node is hovered, everything not joined to it
 * fades, so its neighbourhood stands out.
 */
final class CanvasPainter {

    static final double LABEL_SIZE = 12;
    static final double EDGE_LABEL_SIZE = 10;
    /** Above this many edges, edge labels show only around the hovered or chosen node. */
    static final int MANY_EDGES = 60;
    private static final Color BACKGROUND = Color.web("#FBFBFA");
    private static final Color EDGE = Color.web("#8A96A3");
    private static final Color RELATION = Color.web("#4B5563");
    private static final Color ACCENT = Color.web("#1F6FEB");
    private static final Color TEXT = Color.web("#1F2328");

    /** What to paint. */
    record Scene(CodeNetwork network, Map<String, Point> positions, Viewport viewport, ColourScheme colours,
                 String hovered, Set<String> highlighted, String selectedNode, String selectedEdge,
                 Set<String> pinned) {
    }

    private CanvasPainter() {
    }

    static void paint(GraphicsContext g, double width, double height, Scene scene) {
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, width, height);
        Viewport view = scene.viewport();
        boolean focus = scene.hovered() != null;
        boolean edgeLabels = view.readable(EDGE_LABEL_SIZE);
        boolean fewEdges = scene.network().edges().size() <= MANY_EDGES;
        g.setLineCap(StrokeLineCap.ROUND);
        for (NetworkEdge edge : scene.network().edges()) {
            Point a = scene.positions().get(edge.sourceId());
            Point b = scene.positions().get(edge.targetId());
            if (a == null || b == null) {
                continue;
            }
            boolean near = focus && (edge.touches(scene.hovered()));
            boolean chosen = edge.id().equals(scene.selectedEdge());
            double alpha = focus && !near ? 0.12 : 0.75;
            Color colour = chosen ? ACCENT : edge.kind() == EdgeKind.RELATION ? RELATION : EDGE;
            g.setStroke(colour.deriveColor(0, 1, 1, chosen ? 1 : alpha));
            g.setLineWidth(Math.max(0.6, edgeWidth(edge) * Math.sqrt(view.scale())) + (chosen ? 1.5 : 0));
            g.setLineDashes(edge.kind() == EdgeKind.HIERARCHY ? new double[] {6, 4} : null);
            Point sa = view.toScreen(a);
            Point sb = view.toScreen(b);
            g.strokeLine(sa.x(), sa.y(), sb.x(), sb.y());
            if (edge.directed()) {
                double radius = scene.network().node(edge.targetId()).map(NetworkNode::radius).orElse(8.0) * view.scale();
                arrow(g, sa, sb, radius, colour.deriveColor(0, 1, 1, chosen ? 1 : alpha));
            }
            if (edgeLabels && !edge.label().isEmpty() && (fewEdges || near || chosen
                    || edge.kind() == EdgeKind.RELATION) && (!focus || near)) {
                g.setFont(Font.font("System", EDGE_LABEL_SIZE * view.scale()));
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.setFill(Color.web("#57606A").deriveColor(0, 1, 1, focus && !near ? 0.2 : 0.95));
                g.fillText(edge.label(), (sa.x() + sb.x()) / 2, (sa.y() + sb.y()) / 2);
            }
        }
        g.setLineDashes(null);
        for (NetworkNode node : scene.network().nodes()) {
            Point at = scene.positions().get(node.id());
            if (at == null) {
                continue;
            }
            boolean lit = !focus || scene.highlighted().contains(node.id());
            Point s = view.toScreen(at);
            double r = node.radius() * view.scale();
            Color fill = fill(node, scene.colours());
            g.setFill(fill.deriveColor(0, 1, 1, lit ? 1 : 0.25));
            g.fillOval(s.x() - r, s.y() - r, 2 * r, 2 * r);
            boolean chosen = node.id().equals(scene.selectedNode());
            g.setStroke(chosen ? ACCENT : fill.darker().deriveColor(0, 1, 1, lit ? 1 : 0.3));
            g.setLineWidth(chosen ? 3 : node.isolated() || node.kind() == NodeKind.PARTICIPANT ? 1.5 : 1);
            g.strokeOval(s.x() - r, s.y() - r, 2 * r, 2 * r);
            if (scene.pinned().contains(node.id())) {
                g.setFill(TEXT.deriveColor(0, 1, 1, lit ? 0.8 : 0.3));
                double pin = Math.max(2, 3 * view.scale());
                g.fillOval(s.x() + r * 0.7 - pin, s.y() - r * 0.7 - pin, 2 * pin, 2 * pin);
            }
        }
        boolean labels = view.readable(LABEL_SIZE);
        double size = labels ? LABEL_SIZE * view.scale() : Viewport.SMALLEST_READABLE_TEXT + 4;
        java.util.List<LabelCulling.Box> boxes = new java.util.ArrayList<>();
        for (NetworkNode node : scene.network().nodes()) {
            Point at = scene.positions().get(node.id());
            boolean forced = node.id().equals(scene.hovered()) || node.id().equals(scene.selectedNode());
            if (at == null || !labels && !forced) {
                continue;
            }
            Point s = view.toScreen(at);
            double boxWidth = LabelCulling.width(node.label(), size) + 4;
            double below = s.y() + node.radius() * view.scale() + 2;
            double priority = forced ? Double.MAX_VALUE
                    : (focus && scene.highlighted().contains(node.id()) ? 1e8 : 0)
                    + (node.kind() != NodeKind.CODE || node.central() ? 1e6 : 0) + node.citations();
            boxes.add(new LabelCulling.Box(node.id(), s.x() - boxWidth / 2, below, boxWidth, size * 1.25, priority));
        }
        Set<String> shown = LabelCulling.visible(boxes);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (NetworkNode node : scene.network().nodes()) {
            if (!shown.contains(node.id())) {
                continue;
            }
            Point s = view.toScreen(scene.positions().get(node.id()));
            boolean lit = !focus || scene.highlighted().contains(node.id());
            g.setFont(Font.font("System", node.kind() == NodeKind.CODE && !node.central() ? FontWeight.NORMAL
                    : FontWeight.BOLD, size));
            double below = s.y() + node.radius() * view.scale() + 2;
            g.setStroke(BACKGROUND.deriveColor(0, 1, 1, 0.85));
            g.setLineWidth(3);
            g.strokeText(node.label(), s.x(), below);
            g.setFill(TEXT.deriveColor(0, 1, 1, lit ? 1 : 0.25));
            g.fillText(node.label(), s.x(), below);
        }
    }

    private static double edgeWidth(NetworkEdge edge) {
        return switch (edge.kind()) {
            case PARTICIPANT_LINK, COOCCURRENCE -> 0.8 + Math.log1p(Math.max(0, edge.weight())) * 0.9;
            case RELATION -> 1.8;
            case HIERARCHY -> 1.2;
        };
    }

    private static void arrow(GraphicsContext g, Point from, Point to, double targetRadius, Color colour) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length <= targetRadius + 1) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double tipX = to.x() - ux * targetRadius;
        double tipY = to.y() - uy * targetRadius;
        double size = 9;
        g.setFill(colour);
        g.fillPolygon(new double[] {tipX, tipX - ux * size - uy * size * 0.5, tipX - ux * size + uy * size * 0.5},
                new double[] {tipY, tipY - uy * size + ux * size * 0.5, tipY - uy * size - ux * size * 0.5}, 3);
    }

    /** A node's fill for a colour scheme. */
    static Color fill(NetworkNode node, ColourScheme colours) {
        if (node.kind() != NodeKind.CODE) {
            return node.kind() == NodeKind.PARTICIPANT ? participantColour() : Color.web("#A5B4C4");
        }
        return switch (colours) {
            case CODE -> Color.web(node.colour() == null ? "#9E9E9E" : node.colour());
            case LEVEL -> levelColour(node.level());
            case FIGURE -> figureColour(node.central(), node.isolated());
        };
    }

    static Color participantColour() {
        return Color.web("#5B9BD5");
    }

    static Color levelColour(org.grounded.model.CodingLevel level) {
        return switch (level) {
            case OPEN -> Color.web("#B7E1A1");
            case AXIAL -> Color.web("#F4B183");
            case SELECTIVE -> Color.web("#C39BD3");
        };
    }

    /** Study A's Figure 1: central categories yellow, categories without a participant white. */
    static Color figureColour(boolean central, boolean isolated) {
        return isolated ? Color.WHITE : central ? Color.web("#FFD966") : Color.web("#E2E8F0");
    }
}
