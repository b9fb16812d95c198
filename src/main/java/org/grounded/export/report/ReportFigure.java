package org.grounded.export.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.NetworkBuilder;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NetworkRequest;
import org.grounded.analysis.network.NodeKind;
import org.grounded.analysis.network.SavedNetworkRequests;
import org.grounded.analysis.network.StrongestLinks;
import org.grounded.analysis.network.layout.LayoutKind;
import org.grounded.analysis.network.layout.Layouts;
import org.grounded.analysis.network.layout.NetworkLayout;
import org.grounded.analysis.network.layout.SavedLayouts;
import org.grounded.export.network.DrawingOptions;
import org.grounded.export.network.NetworkDrawing;
import org.grounded.export.network.NetworkDrawings;
import org.grounded.export.network.PngNetworkWriter;
import org.grounded.export.network.SvgNetworkWriter;
import org.grounded.model.ColourScheme;
import org.grounded.model.Project;
import org.grounded.model.SavedNetwork;

/**
 * The report's figure: the semantic network laid out and drawn once, then written as SVG (sharp
 * in the web page) and as PNG (embedded in the Word document).
 *
 * @param caption the figure's caption, "Figure 1. ..."
 * @param svg     the SVG document
 * @param png     the PNG picture
 * @param pixelWidth  the PNG's width
 * @param pixelHeight the PNG's height
 */
record ReportFigure(String caption, String svg, byte[] png, int pixelWidth, int pixelHeight) {

    static final String SVG_FILE = "figure-1.svg";
    static final String PNG_FILE = "figure-1.png";
    /**
     * The PNG's resolution at the size the Word document shows it: print quality. A larger
     * picture only costs painting time and file size (a study's figure was 2400 pixels, 6 MB).
     */
    static final double PRINT_DPI = 300;
    private static final double PNG_SCALE = 2;
    private static final long SEED = 1;

    /**
     * The figure of a project: the saved network of that name (its members, places and pins), or by
     * default study A's Figure 1; empty when the network has no node to draw.
     *
     * @throws IllegalArgumentException when the project has no saved network of that name
     */
    static Optional<ReportFigure> of(Project project, String savedName) throws IOException {
        return of(project, savedName, null);
    }

    /**
     * The figure with its links cut as the options say: those of at least {@code minWeight}, or by
     * default the strongest {@value StrongestLinks#DEFAULT_MOST_LINKS}; the caption says what was cut.
     */
    static Optional<ReportFigure> of(Project project, String savedName, Double minWeight) throws IOException {
        return of(project, savedName, minWeight,
                CitationTables.compute(project, CitationTableRequest.defaults().withTop(0)));
    }

    /**
     * The figure from a citations table by participant already counted ({@link NetworkBuilder#build(
     * Project, NetworkRequest, CitationTable)}): the report's Table 2 serves its figure too.
     */
    static Optional<ReportFigure> of(Project project, String savedName, Double minWeight, CitationTable byParticipant)
            throws IOException {
        NetworkRequest request = NetworkRequest.figureOne();
        NetworkLayout start = NetworkLayout.empty();
        Set<String> pinned = Set.of();
        ColourScheme scheme = ColourScheme.FIGURE;
        LayoutKind kind = LayoutKind.FIGURE;
        String subject = "Participants and the codes they cite";
        if (savedName != null) {
            SavedNetwork saved = saved(project, savedName);
            request = SavedNetworkRequests.from(saved);
            start = SavedLayouts.start(saved);
            pinned = start.positions().keySet();
            scheme = saved.colourScheme();
            kind = LayoutKind.FORCE;
            subject = "The network “" + saved.name() + "”";
        }
        CodeNetwork whole = NetworkBuilder.build(project, request, byParticipant);
        if (whole.nodes().isEmpty()) {
            return Optional.empty();
        }
        StrongestLinks shown = minWeight == null ? StrongestLinks.strongest(whole, StrongestLinks.DEFAULT_MOST_LINKS)
                : StrongestLinks.atLeast(whole, minWeight);
        CodeNetwork network = shown.network();
        Set<String> startIds = start.positions().keySet();
        boolean placed = network.nodes().stream().allMatch(node -> startIds.contains(node.id()));
        NetworkLayout layout = placed ? start : Layouts.run(network, kind, SEED, start, pinned);
        NetworkDrawing drawing = NetworkDrawings.of(network, layout, scheme, DrawingOptions.defaults());
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        SvgNetworkWriter.write(drawing, svg);
        double scale = Math.min(PNG_SCALE, shownScale(drawing.width(), drawing.height()));
        BufferedImage image = PngNetworkWriter.render(drawing, scale);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        return Optional.of(new ReportFigure("Figure 1. " + subject + " (" + counts(shown) + ").",
                svg.toString(StandardCharsets.UTF_8), png.toByteArray(), image.getWidth(), image.getHeight()));
    }

    /**
     * "4 codes, 2 participants, 5 links", or when links were cut "87 of 300 codes, 58 of 60
     * participants; 250 of 16,570 links shown, those cited at least 12 times".
     */
    static String counts(StrongestLinks shown) {
        CodeNetwork network = shown.network();
        int links = network.edges().size();
        if (!shown.cut()) {
            return count(network, true) + ", " + count(network, false) + ", " + links + (links == 1 ? " link" : " links");
        }
        long codes = network.nodes().stream().filter(NetworkNode::isCode).count();
        long others = network.nodes().size() - codes;
        boolean participants = network.nodes().stream().filter(node -> !node.isCode())
                .allMatch(node -> node.kind() == NodeKind.PARTICIPANT);
        String weight = number(shown.minimum());
        return codes + " of " + number(shown.totalCodes()) + " codes, " + others + " of "
                + number(shown.totalOthers()) + (participants ? " participants" : " other nodes") + "; "
                + number(links) + " of " + number(shown.totalLinks()) + " links shown, those "
                + (shown.citations() ? "cited at least " + weight + ("1".equals(weight) ? " time" : " times")
                : "weighing at least " + weight)
                + (shown.keptUnweighted() ? ", and every relation" : "");
    }

    /**
     * Pixels per drawing unit for {@link #PRINT_DPI} at the size {@link DocxWriter#picture} shows the
     * figure: as wide as the text, or as tall as a page's text if that is smaller.
     */
    static double shownScale(double width, double height) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        double shownPoints = Math.min(DocxWriter.MAX_PICTURE_WIDTH_POINTS, DocxWriter.MAX_PICTURE_HEIGHT_POINTS * w / h);
        return shownPoints / 72 * PRINT_DPI / w;
    }

    /** Weights and counts in the caption: thousands grouped, at most two decimals (a c-coefficient). */
    private static String number(double value) {
        // A new format each time: DecimalFormat is not safe to share between threads.
        return new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
                .format(value);
    }

    private static String count(CodeNetwork network, boolean codes) {
        long n = network.nodes().stream().filter(node -> node.isCode() == codes).count();
        if (codes) {
            return n + (n == 1 ? " code" : " codes");
        }
        boolean participantsOnly = network.nodes().stream().filter(node -> !node.isCode())
                .allMatch(node -> node.kind() == NodeKind.PARTICIPANT);
        return n + (participantsOnly ? (n == 1 ? " participant" : " participants") : (n == 1 ? " other node" : " other nodes"));
    }

    private static SavedNetwork saved(Project project, String wanted) {
        return project.networks().stream().filter(network -> network.name().equalsIgnoreCase(wanted.strip()))
                .findFirst().orElseThrow(() -> {
                    Set<String> names = new LinkedHashSet<>();
                    project.networks().forEach(network -> names.add("'" + network.name() + "'"));
                    return new IllegalArgumentException("The project has no network named '" + wanted + "'"
                            + (names.isEmpty() ? " (it has no saved networks)" : " (it has " + String.join(", ", names) + ")"));
                });
    }
}
