package org.grounded.ui.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.TwoDimensional;
import org.grounded.model.Code;
import org.grounded.ui.common.CodeColours;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The margin beside the transcript, as in Atlas.ti's margin area: one bracket per quotation, in
 * the lane {@link MarginLayout} gave it, and the quotation's codes in a column beside the lanes,
 * stacked so they never cover each other and joined to their bracket by a thin line. A passage
 * that begins above the view keeps its label at the top, so the codes of what is read stay in
 * sight.
 *
 * <p>When several coders coded the document the lanes are grouped in a column per coder, headed
 * by the coder's initials, and each code label starts with the coder's name, so two coders' ranges
 * for the same code stand side by side.
 *
 * <p>Only the brackets of the visible paragraphs exist as nodes (kept between frames, so
 * scrolling only moves them, and a bracket that only moved to another lane keeps its nodes);
 * their positions come from the text area's character bounds and are recomputed in this pane's
 * layout, which runs after the text area's own in the same pulse.
 *
 * <p>Asking the text area where a character is costs a layout of its whole paragraph, so where a
 * bracket's line begins or ends is kept relative to its paragraph's top, per paragraph on screen
 * (decisions 0046, 0049), keyed by what breaks its lines (its text and its font styles, not the
 * codes' tints): a coding, which changes only tints, asks again only for the bracket ends it
 * added, and scrolling only in the paragraphs it brought into view.
 */
final class MarginView extends Pane {

    static final double LANE_WIDTH = 8;
    static final int MAX_LANES = 10;
    static final double LABELS_WIDTH = 156;
    private static final double PADDING = 8;
    private static final double TICK = 5;
    private static final double LABEL_GAP = 3;
    private static final int CODES_SHOWN = 3;
    /** A coder's column is at least this wide, so its initials fit above it, and this far from the next. */
    static final double COLUMN_MIN_WIDTH = 18;
    static final double COLUMN_GAP = 6;

    private final InlineCssTextArea area;
    private final Consumer<UUID> select;
    private final Map<Margin.Key, Drawn> drawn = new HashMap<>();
    /** The coders' initials above their columns; none with a single column. */
    private final List<Label> headers = new ArrayList<>();
    /** Where each column's first lane is. */
    private double[] columnX = {0};
    /** One tooltip for every bracket and label, given the text of the one the mouse enters. */
    private final Tooltip tip = new Tooltip();
    private Margin margin = Margin.EMPTY;
    private UUID selected;
    /** Whether the dark theme is on: dark codes' colours are drawn lighter ({@link CodeColours}). */
    private boolean dark;
    /** Where lines begin and end in the paragraphs on screen, by what lays them out; see {@link LineEdges}. */
    private final Map<LineLayout, LineEdges> lineEdges = new HashMap<>();
    /** What lays out each paragraph object on screen, worked out once per object. */
    private final Map<Paragraph<?, ?, ?>, LineLayout> layouts = new IdentityHashMap<>();
    /** The text area's width the line edges were measured at: lines wrap again when it changes. */
    private double measuredWidth = -1;

    /**
     * What decides where a paragraph's lines break: its text and the styles that change the font
     * (a speaker's name in bold). RichTextFX draws {@code -rtfx-} styles (a code's tint, a find
     * mark's outline) as shapes behind the text, so a coding, which changes only those, keeps the
     * line edges of the paragraphs it restyled, although their objects are new.
     *
     * @param fontRuns each stretch's length and its style without the {@code -rtfx-} declarations,
     *                 stretches alike merged
     */
    record LineLayout(String text, String fontRuns) {

        static LineLayout of(Paragraph<?, ?, ?> paragraph) {
            StringBuilder runs = new StringBuilder();
            String previous = null;
            int length = 0;
            for (var span : paragraph.getStyleSpans()) {
                String font = fontStyle(String.valueOf(span.getStyle()));
                if (previous != null && !font.equals(previous)) {
                    runs.append(length).append('{').append(previous).append('}');
                    length = 0;
                }
                previous = font;
                length += span.getLength();
            }
            if (previous != null) {
                runs.append(length).append('{').append(previous).append('}');
            }
            return new LineLayout(paragraph.getText(), runs.toString());
        }

        /** An inline style without the declarations RichTextFX draws behind the text ({@code -rtfx-…}). */
        static String fontStyle(String css) {
            if (!css.contains("-rtfx-")) {
                return css.strip();
            }
            StringBuilder kept = new StringBuilder();
            for (String declaration : css.split(";")) {
                String trimmed = declaration.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("-rtfx-")) {
                    kept.append(trimmed).append(';');
                }
            }
            return kept.toString();
        }
    }

    /** The nodes of one bracket. */
    private record Drawn(Margin.Bracket bracket, Path path, Line connector, VBox label) {
    }

    /**
     * Where the lines holding some characters of one paragraph begin (top) and end (bottom),
     * relative to the paragraph's top, by the character's index in the paragraph; and the
     * paragraph's height when measured whole, so that a change of font (lines taller) is noticed.
     */
    private static final class LineEdges {
        private final Map<Integer, Double> tops = new HashMap<>();
        private final Map<Integer, Double> bottoms = new HashMap<>();
        private double height = Double.NaN;

        Map<Integer, Double> of(boolean top) {
            return top ? tops : bottoms;
        }
    }

    MarginView(InlineCssTextArea area, Consumer<UUID> select) {
        this.area = area;
        this.select = select;
        setId("transcript-margin");
        getStyleClass().add("transcript-margin");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        area.viewportDirtyEvents().subscribe(event -> requestLayout());
        area.getVisibleParagraphs().addListener((javafx.collections.ListChangeListener<Object>) change -> requestLayout());
        area.widthProperty().addListener((observable, before, after) -> requestLayout());
        area.heightProperty().addListener((observable, before, after) -> requestLayout());
        setMargin(Margin.EMPTY);
    }

    /** Shows new brackets; those unchanged keep their nodes, so an edit redraws little. */
    void setMargin(Margin newMargin) {
        if (newMargin.byCoder() != margin.byCoder()) {
            // Labels name their coder only by coder: none of the old nodes fits.
            drawn.values().forEach(old -> getChildren().removeAll(old.path(), old.connector(), old.label()));
            drawn.clear();
        }
        margin = newMargin;
        List<Margin.Column> columns = margin.columns();
        columnX = new double[columns.size() + 1];
        double x = PADDING + TICK;
        for (int c = 0; c < columns.size(); c++) {
            columnX[c] = x;
            double lanesWidth = Math.min(columns.get(c).lanes(), MAX_LANES) * LANE_WIDTH;
            x += margin.byCoder() ? Math.max(lanesWidth, COLUMN_MIN_WIDTH) + COLUMN_GAP : lanesWidth;
        }
        columnX[columns.size()] = x;
        List<String> coders = margin.byCoder() ? columns.stream().map(Margin.Column::coder).toList() : List.of();
        if (!coders.equals(headers.stream().map(Label::getUserData).toList())) {
            // New headers only when the coders changed: a coding by a known coder keeps them (and their tooltips).
            showHeaders(columns);
        }
        double width = labelsX() + LABELS_WIDTH;
        setMinWidth(width);
        setPrefWidth(width);
        setMaxWidth(width);
        requestLayout();
    }

    /** The coders' initials above their columns, made anew. */
    private void showHeaders(List<Margin.Column> columns) {
        getChildren().removeAll(headers);
        headers.clear();
        if (margin.byCoder()) {
            for (int c = 0; c < columns.size(); c++) {
                String coder = columns.get(c).coder();
                Label header = new Label(initials(coder));
                header.getStyleClass().add("margin-coder");
                header.setUserData(coder);
                header.setTooltip(new Tooltip(coder.isBlank() ? lang("Codings with no coder recorded") : lang("Coded by %0", coder)));
                header.setMinWidth(Region.USE_PREF_SIZE);
                headers.add(header);
            }
            getChildren().addAll(headers);
        }
    }

    /** Draws the codes' colours for the dark theme or the light one; redraws when that changes. */
    void setDark(boolean dark) {
        if (this.dark != dark) {
            this.dark = dark;
            redrawFromScratch();
        }
    }

    /**
     * Forgets every node and every line edge, so that the next layout draws the margin as a new
     * view would: what the tests compare the kept nodes and edges with.
     */
    void redrawFromScratch() {
        drawn.values().forEach(old -> getChildren().removeAll(old.path(), old.connector(), old.label()));
        drawn.clear();
        lineEdges.clear();
        layouts.clear();
        requestLayout();
    }

    void setSelected(UUID quotationId) {
        selected = quotationId;
        drawn.values().forEach(this::markSelection);
    }

    private double laneX(Margin.Bracket bracket) {
        int column = Math.min(bracket.column(), columnX.length - 2);
        return columnX[column] + Math.min(bracket.lane(), MAX_LANES - 1) * LANE_WIDTH;
    }

    private double labelsX() {
        return columnX[columnX.length - 1] + 4;
    }

    /** A coder's initials: the first letters of two words ("Rosa Díaz" → "RD"), else the first two letters. */
    static String initials(String coder) {
        String[] words = coder.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "?";
        }
        String letters = words.length > 1 ? words[0].substring(0, 1) + words[1].substring(0, 1)
                : words[0].substring(0, Math.min(2, words[0].length()));
        return letters.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + letters.substring(1);
    }

    private void placeHeaders() {
        for (int c = 0; c < headers.size(); c++) {
            Label header = headers.get(c);
            double width = Math.max(header.prefWidth(-1), columnX[c + 1] - columnX[c] - COLUMN_GAP + TICK);
            header.resizeRelocate(columnX[c] - TICK, 0, width, header.prefHeight(width));
            header.toFront();
        }
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    private void redraw() {
        if (area.getLength() == 0 || area.getVisibleParagraphs().isEmpty() || margin.brackets().isEmpty()) {
            drawn.values().forEach(old -> getChildren().removeAll(old.path(), old.connector(), old.label()));
            drawn.clear();
            placeHeaders();
            return;
        }
        int firstParagraph = area.firstVisibleParToAllParIndex();
        int lastParagraph = area.lastVisibleParToAllParIndex();
        int from = area.getAbsolutePosition(firstParagraph, 0);
        int to = area.getAbsolutePosition(lastParagraph, area.getParagraph(lastParagraph).length());
        List<Margin.Bracket> visible = margin.overlapping(from, Math.min(area.getLength(), to + 1));

        Set<Margin.Key> keep = new HashSet<>();
        visible.forEach(bracket -> keep.add(bracket.key()));
        drawn.keySet().removeIf(id -> {
            if (keep.contains(id)) {
                return false;
            }
            Drawn old = drawn.get(id);
            getChildren().removeAll(old.path(), old.connector(), old.label());
            return true;
        });

        double height = getHeight();
        Bounds areaScreen = area.localToScreen(area.getBoundsInLocal());
        Bounds areaBox = areaScreen == null ? null : screenToLocal(areaScreen);
        if (area.getWidth() != measuredWidth) {
            lineEdges.clear();
            layouts.clear();
            measuredWidth = area.getWidth();
        }
        List<Placed> placed = new ArrayList<>();
        for (Margin.Bracket bracket : visible) {
            Drawn nodes = drawn.get(bracket.key());
            if (nodes != null && !nodes.bracket().equals(bracket) && sameLabel(nodes.bracket(), bracket)) {
                // Moved (another lane, a resized passage): the same nodes, drawn where it is now.
                nodes = new Drawn(bracket, nodes.path(), nodes.connector(), nodes.label());
                drawn.put(bracket.key(), nodes);
            } else if (nodes == null || !nodes.bracket().equals(bracket)) {
                if (nodes != null) {
                    getChildren().removeAll(nodes.path(), nodes.connector(), nodes.label());
                }
                nodes = create(bracket);
                drawn.put(bracket.key(), nodes);
            }
            Optional<Double> top = bracket.start() >= from ? edge(bracket.start(), true, areaBox) : Optional.empty();
            Optional<Double> bottom = bracket.end() <= to + 1 ? edge(bracket.end(), false, areaBox) : Optional.empty();
            double y1 = top.orElse(-2.0);
            double y2 = bottom.orElse(height + 2);
            drawPath(nodes.path(), laneX(bracket), y1, y2, top.isPresent(), bottom.isPresent());
            placed.add(new Placed(nodes, Math.max(0, y1), y1, y2));
        }
        forgetParagraphsOffScreen();
        placed.sort(Comparator.comparingDouble(Placed::wanted));
        double[] wanted = new double[placed.size()];
        double[] heights = new double[placed.size()];
        for (int i = 0; i < wanted.length; i++) {
            VBox label = placed.get(i).nodes().label();
            wanted[i] = placed.get(i).wanted();
            heights[i] = label.prefHeight(LABELS_WIDTH);
        }
        double[] tops = MarginLayout.stack(wanted, heights, LABEL_GAP);
        double x = labelsX();
        for (int i = 0; i < tops.length; i++) {
            Drawn nodes = placed.get(i).nodes();
            nodes.label().resizeRelocate(x, tops[i], LABELS_WIDTH - 6, heights[i]);
            double laneX = laneX(nodes.bracket());
            double anchor = Math.min(Math.max(placed.get(i).top(), 0) + 4, placed.get(i).bottom());
            nodes.connector().setStartX(laneX);
            nodes.connector().setStartY(anchor);
            nodes.connector().setEndX(x);
            nodes.connector().setEndY(tops[i] + Math.min(heights[i], 18) / 2);
        }
        placeHeaders();
    }

    private record Placed(Drawn nodes, double wanted, double top, double bottom) {
    }

    /**
     * Whether two brackets of the same quotation and column show the same label, tooltip and
     * colour, so that one's nodes can draw the other (they differ only in lane or range).
     */
    private static boolean sameLabel(Margin.Bracket drawnBracket, Margin.Bracket bracket) {
        return drawnBracket.codes().equals(bracket.codes()) && drawnBracket.comment().equals(bracket.comment())
                && drawnBracket.coder().equals(bracket.coder());
    }

    /**
     * The top of the line holding the quotation's first character, or the bottom of the line
     * holding its last, in this pane's coordinates; empty when that line is not on screen.
     * {@code areaBox} is the text area's box in this pane's coordinates.
     */
    private Optional<Double> edge(int offset, boolean top, Bounds areaBox) {
        int length = area.getLength();
        if (areaBox == null) {
            return Optional.empty();
        }
        // A line break has no bounds of its own: look at the character beside it.
        for (int attempt = 0; attempt < 3; attempt++) {
            int at = top ? offset + attempt : offset - 1 - attempt;
            if (at < 0 || at >= length) {
                return Optional.empty();
            }
            TwoDimensional.Position position = area.offsetToPosition(at, TwoDimensional.Bias.Forward);
            Paragraph<?, ?, ?> paragraph = area.getParagraph(position.getMajor());
            if (position.getMinor() >= paragraph.length()) {
                continue;
            }
            Optional<Bounds> paragraphBounds = area.getParagraphBoundsOnScreen(position.getMajor());
            if (paragraphBounds.isEmpty()) {
                continue;
            }
            Bounds box = screenToLocal(paragraphBounds.get());
            if (box == null) {
                return Optional.empty();
            }
            // The text area gives a paragraph's bounds cut to what it shows: its top is known only
            // when it is not cut, its height only when neither end is.
            boolean topShown = box.getMinY() > areaBox.getMinY();
            boolean whole = topShown && box.getMaxY() < areaBox.getMaxY();
            LineEdges edges = lineEdges.computeIfAbsent(layoutOf(paragraph), layout -> new LineEdges());
            if (whole) {
                if (!Double.isNaN(edges.height) && edges.height != box.getHeight()) {
                    edges.tops.clear();
                    edges.bottoms.clear();
                }
                edges.height = box.getHeight();
            }
            Double known = topShown ? edges.of(top).get(position.getMinor()) : null;
            if (known != null) {
                return Optional.of(box.getMinY() + known);
            }
            Optional<Bounds> bounds = area.getCharacterBoundsOnScreen(at, at + 1);
            if (bounds.isPresent()) {
                Bounds local = screenToLocal(bounds.get());
                if (local == null) {
                    return Optional.empty();
                }
                double y = top ? local.getMinY() : local.getMaxY();
                if (topShown) {
                    edges.of(top).put(position.getMinor(), y - box.getMinY());
                }
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    private LineLayout layoutOf(Paragraph<?, ?, ?> paragraph) {
        return layouts.computeIfAbsent(paragraph, LineLayout::of);
    }

    /** Keeps the line edges of the paragraphs on screen only (those off screen may never come back). */
    private void forgetParagraphsOffScreen() {
        Set<Paragraph<?, ?, ?>> shown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(area.getVisibleParagraphs());
        layouts.keySet().retainAll(shown);
        Set<LineLayout> shownLayouts = new HashSet<>();
        shown.forEach(paragraph -> shownLayouts.add(layoutOf(paragraph)));
        lineEdges.keySet().retainAll(shownLayouts);
    }

    private static void drawPath(Path path, double x, double top, double bottom, boolean openTop, boolean closeBottom) {
        path.getElements().clear();
        if (openTop) {
            path.getElements().addAll(new MoveTo(x - TICK, top), new LineTo(x, top));
        } else {
            path.getElements().add(new MoveTo(x, top));
        }
        path.getElements().add(new LineTo(x, bottom));
        if (closeBottom) {
            path.getElements().add(new LineTo(x - TICK, bottom));
        }
    }

    private Drawn create(Margin.Bracket bracket) {
        String colour = CodeColours.shown(bracket.codes().isEmpty() ? Code.DEFAULT_COLOUR : bracket.codes().get(0).colour(),
                dark);
        Path path = new Path();
        path.getStyleClass().add("margin-bracket");
        path.setStroke(Color.web(colour));
        path.setPickOnBounds(true);
        path.setUserData(bracket.quotationId());

        Line connector = new Line();
        connector.getStyleClass().add("margin-connector");
        connector.setStroke(Color.web(colour, 0.45));
        connector.setMouseTransparent(true);

        VBox label = new VBox(1);
        label.getStyleClass().add("margin-label");
        label.setUserData(bracket.quotationId());
        List<Margin.CodeMark> codes = bracket.codes();
        if (margin.byCoder()) {
            Label coder = new Label(bracket.coder().isBlank() ? lang("(no coder)") : bracket.coder());
            coder.getStyleClass().add("margin-label-coder");
            coder.setMaxWidth(LABELS_WIDTH - 8);
            label.getChildren().add(coder);
        }
        for (Margin.CodeMark code : codes.subList(0, Math.min(CODES_SHOWN, codes.size()))) {
            Label name = new Label(code.name(), new Circle(4, Color.web(CodeColours.shown(code.colour(), dark))));
            name.getStyleClass().add("margin-code");
            name.setMaxWidth(LABELS_WIDTH - 8);
            label.getChildren().add(name);
        }
        if (codes.size() > CODES_SHOWN) {
            Label more = new Label(lang("+%0 more", codes.size() - CODES_SHOWN));
            more.getStyleClass().add("margin-more");
            label.getChildren().add(more);
        }
        if (codes.isEmpty()) {
            Label none = new Label(lang("no code"));
            none.getStyleClass().add("margin-more");
            label.getChildren().add(none);
        }
        label.setMinHeight(Region.USE_PREF_SIZE);
        for (javafx.scene.Node node : List.of(path, label)) {
            Tooltip.install(node, tip);
            node.setOnMouseEntered(event -> tip.setText(tooltip(bracket)));
            node.setCursor(Cursor.HAND);
            node.setOnMouseClicked(event -> {
                select.accept(bracket.quotationId());
                event.consume();
            });
        }
        Drawn nodes = new Drawn(bracket, path, connector, label);
        getChildren().addAll(connector, path, label);
        label.applyCss();
        markSelection(nodes);
        return nodes;
    }

    private void markSelection(Drawn nodes) {
        boolean on = nodes.bracket().quotationId().equals(selected);
        for (javafx.scene.Node node : List.of(nodes.path(), nodes.label())) {
            node.getStyleClass().remove("selected");
            if (on) {
                node.getStyleClass().add("selected");
            }
        }
    }

    private static String tooltip(Margin.Bracket bracket) {
        StringBuilder text = new StringBuilder();
        text.append(bracket.codes().isEmpty() ? lang("No code")
                : String.join(", ", bracket.codes().stream().map(Margin.CodeMark::name).toList()));
        if (!bracket.comment().isBlank()) {
            text.append("\n").append(bracket.comment().strip());
        }
        if (!bracket.coder().isBlank()) {
            text.append("\n").append(lang("Coded by %0", bracket.coder()));
        }
        return text.toString();
    }
}
