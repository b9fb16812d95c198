package org.grounded.export.network;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NetworkSizes;
import org.grounded.analysis.network.NodeKind;
import org.grounded.analysis.network.layout.NetworkLayout;
import org.grounded.analysis.network.layout.Point;
import org.grounded.model.ColourScheme;

/**
 * Computes the one picture of a network: where each node, edge and label goes, how big and in
 * which colour. Painters (the window's canvas, SVG, PNG) only paint what this decides.
 */
public final class NetworkDrawings {

    /** Node labels grow with the node, as the layouts expect ({@link NetworkSizes#labelFontSize}). */
    static final double SMALLEST_FONT = NetworkSizes.SMALLEST_LABEL_FONT;
    static final double EDGE_FONT = 9.5;
    static final double CAPTION_FONT = 11;
    /** The second line of a label starts this many font sizes below the first. */
    static final double LINE_SPACING = 1.15;
    /** Labels longer than this are broken in two lines. */
    static final int WRAP_AFTER = 22;
    /** With {@link DrawingOptions.EdgeLabels#AUTO}, a kind of edge keeps its labels up to this many edges. */
    static final int FEW_LABELS = 30;

    private NetworkDrawings() {
    }

    /**
     * The drawing of a laid-out network.
     *
     * @throws IllegalArgumentException when the layout does not place a node of the network
     */
    public static NetworkDrawing of(CodeNetwork network, NetworkLayout layout, ColourScheme scheme,
                                    DrawingOptions options) {
        Map<String, Point> centres = new HashMap<>();
        for (NetworkNode node : network.nodes()) {
            centres.put(node.id(), layout.position(node.id()).orElseThrow(() -> new IllegalArgumentException(
                    "The layout does not place '" + node.label() + "'")));
        }
        Map<String, NetworkNode> byId = network.nodesById();
        List<DrawnNode> nodes = new ArrayList<>();
        List<DrawnLabel> nodeLabels = new ArrayList<>();
        for (NetworkNode node : network.nodes()) {
            Point centre = centres.get(node.id());
            double radius = node.radius();
            nodes.add(new DrawnNode(node.id(), node.kind(), shape(node.kind()), centre.x(), centre.y(), radius,
                    NetworkPalette.fill(node, scheme), NetworkPalette.BORDER, NetworkPalette.strokeWidth(node, scheme),
                    tooltip(node)));
            double font = fontSize(radius);
            List<String> lines = lines(node.label());
            for (int line = 0; line < lines.size(); line++) {
                nodeLabels.add(new DrawnLabel(node.id(), DrawnLabel.LabelRole.NODE, lines.get(line), centre.x(),
                        centre.y() + radius + font + line * font * LINE_SPACING, font, NetworkPalette.TEXT,
                        node.central() || !node.isCode(), true));
            }
        }
        List<DrawnEdge> edges = new ArrayList<>();
        List<DrawnLabel> labels = new ArrayList<>();
        List<DrawnLabel> taken = new ArrayList<>(nodeLabels);
        Map<EdgeKind, Double> heaviest = heaviest(network);
        Set<EdgeKind> labelled = labelledKinds(network, options);
        for (NetworkEdge edge : network.edges()) {
            DrawnEdge drawn = edge(edge, centres, byId, heaviest.getOrDefault(edge.kind(), 1.0));
            edges.add(drawn);
            if (labelled.contains(edge.kind()) && !edge.label().isBlank() && !edge.sourceId().equals(edge.targetId())) {
                DrawnLabel label = edgeLabel(edge, drawn, taken, nodes);
                labels.add(label);
                taken.add(label);
            }
        }
        // Edge labels first, node labels over them: a name is never hidden by a linking word.
        labels.addAll(nodeLabels);
        return placed(edges, nodes, labels, captions(network, labelled), options.margin());
    }

    /** The font size of a node's label, from its radius. */
    static double fontSize(double radius) {
        return NetworkSizes.labelFontSize(radius);
    }

    /** How wide a label is taken to be when the drawing's size is worked out. */
    static double estimatedWidth(DrawnLabel label) {
        return label.text().length() * label.fontSize() * NetworkSizes.CHARACTER_WIDTH * (label.bold() ? 1.08 : 1);
    }

    /** Where along its edge a label is tried, in order, until it clears the labels placed before it. */
    private static final double[] LABEL_PLACES = {0.5, 0.38, 0.62, 0.28, 0.72};

    /**
     * An edge's label, at the middle of the line or, when that covers a label or a node already
     * there, nearer an end.
     */
    private static DrawnLabel edgeLabel(NetworkEdge edge, DrawnEdge drawn, List<DrawnLabel> placed,
                                        List<DrawnNode> nodes) {
        DrawnLabel first = null;
        for (double t : LABEL_PLACES) {
            DrawnLabel label = new DrawnLabel(edge.id(), DrawnLabel.LabelRole.EDGE, edge.label(),
                    drawn.from().x() + t * (drawn.to().x() - drawn.from().x()),
                    drawn.from().y() + t * (drawn.to().y() - drawn.from().y()) - 2,
                    EDGE_FONT, NetworkPalette.edgeLabelColour(edge.kind()), false, true);
            if (first == null) {
                first = label;
            }
            if (placed.stream().noneMatch(other -> overlap(label, other))
                    && nodes.stream().noneMatch(node -> covers(node, label))) {
                return label;
            }
        }
        return first;
    }

    /** Whether two labels' boxes (as estimated) cover each other. */
    static boolean overlap(DrawnLabel a, DrawnLabel b) {
        double halfWidths = (estimatedWidth(a) + estimatedWidth(b)) / 2;
        double heights = (a.fontSize() + b.fontSize()) / 2;
        return Math.abs(a.x() - b.x()) < halfWidths && Math.abs(a.y() - b.y()) < heights;
    }

    /** Whether a label's box (as estimated) reaches into a node's box. */
    static boolean covers(DrawnNode node, DrawnLabel label) {
        double middleY = label.y() - label.fontSize() * 0.35;
        return Math.abs(label.x() - node.x()) < estimatedWidth(label) / 2 + node.radius()
                && Math.abs(middleY - node.y()) < label.fontSize() / 2 + node.radius();
    }

    /** The edge kinds whose labels are drawn on each edge. */
    private static Set<EdgeKind> labelledKinds(CodeNetwork network, DrawingOptions options) {
        Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        switch (options.edgeLabels()) {
            case ALL -> kinds.addAll(EnumSet.allOf(EdgeKind.class));
            case RELATIONS -> kinds.add(EdgeKind.RELATION);
            case AUTO -> {
                kinds.add(EdgeKind.RELATION);
                Map<EdgeKind, Long> counts = new EnumMap<>(EdgeKind.class);
                network.edges().stream().filter(edge -> !edge.label().isBlank())
                        .forEach(edge -> counts.merge(edge.kind(), 1L, Long::sum));
                counts.forEach((kind, count) -> {
                    if (count <= FEW_LABELS) {
                        kinds.add(kind);
                    }
                });
            }
            case NONE -> {
                // none
            }
        }
        return kinds;
    }

    /** Says once, under the picture, what the unlabelled participant links and hierarchy edges mean. */
    private static List<String> captions(CodeNetwork network, Set<EdgeKind> labelled) {
        List<String> captions = new ArrayList<>();
        network.edges().stream().filter(edge -> edge.kind() == EdgeKind.PARTICIPANT_LINK && !edge.label().isBlank())
                .findFirst().filter(edge -> !labelled.contains(EdgeKind.PARTICIPANT_LINK))
                .ifPresent(edge -> captions.add("Each line from a participant to a category: \u201c" + edge.label()
                        + "\u201d; its width grows with the citations."));
        network.edges().stream().filter(edge -> edge.kind() == EdgeKind.HIERARCHY && !edge.label().isBlank())
                .findFirst().filter(edge -> !labelled.contains(EdgeKind.HIERARCHY))
                .ifPresent(edge -> captions.add("Dashed arrows: \u201c" + edge.label() + "\u201d."));
        return captions;
    }

    /** A long label in two lines, broken at the space nearest its middle, so it spreads less sideways. */
    static List<String> lines(String label) {
        if (label.length() <= WRAP_AFTER) {
            return List.of(label);
        }
        int middle = label.length() / 2;
        int best = -1;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best < 0 ? List.of(label) : List.of(label.substring(0, best), label.substring(best + 1));
    }

    private static NodeShape shape(NodeKind kind) {
        return switch (kind) {
            case CODE -> NodeShape.CIRCLE;
            case PARTICIPANT -> NodeShape.ROUNDED_SQUARE;
            case DOCUMENT -> NodeShape.SQUARE;
            case PARTICIPANT_GROUP -> NodeShape.DIAMOND;
        };
    }

    private static String tooltip(NetworkNode node) {
        StringBuilder text = new StringBuilder(node.label()).append(" — ").append(node.citations())
                .append(node.citations() == 1 ? " citation" : " citations").append(", degree ").append(node.degree());
        if (node.central()) {
            text.append(", central");
        }
        if (node.isolated()) {
            text.append(", isolated");
        }
        return text.toString();
    }

    private static Map<EdgeKind, Double> heaviest(CodeNetwork network) {
        Map<EdgeKind, Double> heaviest = new EnumMap<>(EdgeKind.class);
        for (NetworkEdge edge : network.edges()) {
            heaviest.merge(edge.kind(), Math.abs(edge.weight()), Math::max);
        }
        return heaviest;
    }

    private static DrawnEdge edge(NetworkEdge edge, Map<String, Point> centres, Map<String, NetworkNode> byId,
                                  double heaviest) {
        Point source = centres.get(edge.sourceId());
        Point target = centres.get(edge.targetId());
        double share = heaviest > 0 ? Math.abs(edge.weight()) / heaviest : 0;
        double width = switch (edge.kind()) {
            case COOCCURRENCE -> 1 + 3 * share;
            case PARTICIPANT_LINK -> 0.8 + 1.7 * share;
            case RELATION -> 1.6;
            case HIERARCHY -> 1.2;
        };
        double dx = target.x() - source.x();
        double dy = target.y() - source.y();
        double length = Math.hypot(dx, dy);
        double sourceRadius = byId.get(edge.sourceId()).radius();
        double targetRadius = byId.get(edge.targetId()).radius();
        if (length <= sourceRadius + targetRadius) {
            // The nodes touch or overlap: the edge is hidden under them, a point between the centres.
            Point middle = new Point((source.x() + target.x()) / 2, (source.y() + target.y()) / 2);
            return new DrawnEdge(edge.id(), edge.sourceId(), edge.targetId(), edge.kind(), edge.weight(), middle, middle,
                    width, NetworkPalette.edgeColour(edge.kind()), edge.kind() == EdgeKind.HIERARCHY, List.of());
        }
        double ux = dx / length;
        double uy = dy / length;
        Point from = new Point(source.x() + ux * sourceRadius, source.y() + uy * sourceRadius);
        Point to = new Point(target.x() - ux * targetRadius, target.y() - uy * targetRadius);
        List<Point> arrow = List.of();
        if (edge.directed()) {
            double arrowLength = 7 + 2 * width;
            double half = arrowLength * 0.45;
            double baseX = to.x() - ux * arrowLength;
            double baseY = to.y() - uy * arrowLength;
            arrow = List.of(to, new Point(baseX - uy * half, baseY + ux * half), new Point(baseX + uy * half, baseY - ux * half));
            to = new Point(baseX, baseY);
        }
        return new DrawnEdge(edge.id(), edge.sourceId(), edge.targetId(), edge.kind(), edge.weight(), from, to, width,
                NetworkPalette.edgeColour(edge.kind()), edge.kind() == EdgeKind.HIERARCHY, arrow);
    }

    /** Moves everything so the picture, labels and captions included, starts at the margin. */
    private static NetworkDrawing placed(List<DrawnEdge> edges, List<DrawnNode> nodes, List<DrawnLabel> nodeLabels,
                                         List<String> captions, double margin) {
        List<DrawnLabel> labels = new ArrayList<>(nodeLabels);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (DrawnNode node : nodes) {
            minX = Math.min(minX, node.x() - node.radius());
            maxX = Math.max(maxX, node.x() + node.radius());
            minY = Math.min(minY, node.y() - node.radius());
            maxY = Math.max(maxY, node.y() + node.radius());
        }
        for (DrawnLabel label : labels) {
            double half = estimatedWidth(label) / 2;
            minX = Math.min(minX, label.x() - half);
            maxX = Math.max(maxX, label.x() + half);
            minY = Math.min(minY, label.y() - label.fontSize());
            maxY = Math.max(maxY, label.y() + label.fontSize() * 0.3);
        }
        if (nodes.isEmpty()) {
            minX = 0;
            minY = 0;
            maxX = 1;
            maxY = 1;
        }
        double centre = (minX + maxX) / 2;
        for (String caption : captions) {
            DrawnLabel line = new DrawnLabel("caption", DrawnLabel.LabelRole.CAPTION, caption, centre,
                    maxY + CAPTION_FONT * 1.8, CAPTION_FONT, NetworkPalette.TEXT, false, false);
            labels.add(line);
            maxY = line.y() + CAPTION_FONT * 0.3;
            minX = Math.min(minX, centre - estimatedWidth(line) / 2);
            maxX = Math.max(maxX, centre + estimatedWidth(line) / 2);
        }
        double shiftX = margin - minX;
        double shiftY = margin - minY;
        List<DrawnEdge> movedEdges = edges.stream().map(edge -> new DrawnEdge(edge.id(), edge.sourceId(), edge.targetId(),
                edge.kind(), edge.weight(), shift(edge.from(), shiftX, shiftY), shift(edge.to(), shiftX, shiftY),
                edge.width(), edge.colour(), edge.dashed(),
                edge.arrowHead().stream().map(point -> shift(point, shiftX, shiftY)).toList())).toList();
        List<DrawnNode> movedNodes = nodes.stream().map(node -> new DrawnNode(node.id(), node.kind(), node.shape(),
                node.x() + shiftX, node.y() + shiftY, node.radius(), node.fill(), node.stroke(), node.strokeWidth(),
                node.tooltip())).toList();
        List<DrawnLabel> movedLabels = labels.stream().map(label -> new DrawnLabel(label.ownerId(), label.role(),
                label.text(), label.x() + shiftX, label.y() + shiftY, label.fontSize(), label.colour(), label.bold(),
                label.halo())).toList();
        return new NetworkDrawing(Math.ceil(maxX - minX + 2 * margin), Math.ceil(maxY - minY + 2 * margin), movedEdges,
                movedNodes, movedLabels);
    }

    private static Point shift(Point point, double dx, double dy) {
        return new Point(point.x() + dx, point.y() + dy);
    }

    /** "#1E88E5" for a colour given in any case; used by painters that take numbers. */
    static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1).toUpperCase(Locale.ROOT), 16);
    }
}
