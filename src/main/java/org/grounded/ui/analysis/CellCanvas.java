package org.grounded.ui.analysis;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.grounded.ui.common.CodeColours;

/**
 * A grid of cells painted on canvases: only the cells in view are drawn, the row headers stay
 * frozen at the left and the column headers (upright) at the top, and two scroll bars move the
 * rest. The cells, the row headers and the column headers are layers that repaint apart
 * (decision 0047); each column heading (turned text, the dearest to draw) is painted once and
 * kept until the grid or the look changes ({@link ColumnHeadings}, decision 0050). The colours
 * and the text size are the look's (CSS, {@link Palette}). A
 * table control makes a node with its own style per cell and virtualises rows only, so a grid of
 * hundreds of columns froze the window for seconds; here a change or a scroll repaints the few
 * hundred cells in view, and nothing else. The co-occurrence matrix and the wide citations
 * table are both drawn this way; subclasses say what a cell and a header show.
 *
 * <p>One cell is the cursor: a click or the arrow keys move it, and the accessible text says its
 * row, column and value (screen readers cannot read a canvas). A click, Enter or Space opens it.
 */
public abstract class CellCanvas extends Region {

    /** A cell of the grid: row and column index. */
    public record Position(int row, int column) {
    }

    /** The layers, which repaint apart: a scroll down leaves the column headers as they are. */
    private static final int CELLS = 1;
    private static final int ROWS = 2;
    private static final int COLUMNS = 4;
    private static final int CORNER = 8;
    /** The column headers' ground (past the last column) and their line: painted only when everything is. */
    private static final int GROUND = 16;
    private static final int ALL = CELLS | ROWS | COLUMNS | CORNER | GROUND;

    /** The cell text's size in the default look; the grid's measures scale with the size the look sets. */
    private static final double BASE_FONT = 12;
    protected static final double SWATCH = 10;
    protected static final double PAD = 7;

    private static final StyleablePropertyFactory<CellCanvas> STYLE =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    // The light look's colours are the defaults; the stylesheets set both looks (grounded.css's palette).
    private final StyleableProperty<Font> font = STYLE.createStyleableFontProperty(this, "font", "-fx-font",
            canvas -> canvas.font, Font.font(Font.getDefault().getFamily(), BASE_FONT), true);
    private final StyleableProperty<Color> surface = colour("-g-paint-surface", canvas -> canvas.surface, "#ffffff");
    private final StyleableProperty<Color> line = colour("-g-paint-line", canvas -> canvas.line, "#e6e8eb");
    private final StyleableProperty<Color> header = colour("-g-paint-header", canvas -> canvas.header, "#f7f8f9");
    private final StyleableProperty<Color> headerCursor =
            colour("-g-paint-header-cursor", canvas -> canvas.headerCursor, "#e3efef");
    private final StyleableProperty<Color> text = colour("-g-paint-text", canvas -> canvas.text, "#1f2328");
    private final StyleableProperty<Color> muted = colour("-g-paint-muted", canvas -> canvas.muted, "#5d6670");
    private final StyleableProperty<Color> cursor = colour("-g-paint-cursor", canvas -> canvas.cursor, "#0b3d44");
    private final StyleableProperty<Color> heatHigh =
            colour("-g-paint-heat-high", canvas -> canvas.heatHigh, "#1f5f66");
    private final StyleableProperty<Color> diagonal = colour("-g-paint-diagonal", canvas -> canvas.diagonal, "#eceef1");
    private final StyleableProperty<Color> belowThreshold =
            colour("-g-paint-below-threshold", canvas -> canvas.belowThreshold, "#f3f4f6");
    private final StyleableProperty<Color> belowThresholdText =
            colour("-g-paint-below-threshold-text", canvas -> canvas.belowThresholdText, "#b7bcc2");
    private final StyleableProperty<Color> zeroText = colour("-g-paint-zero-text", canvas -> canvas.zeroText, "#a7adb4");
    private final StyleableProperty<Color> totalBackground =
            colour("-g-paint-total-background", canvas -> canvas.totalBackground, "#fafbfc");
    private final StyleableProperty<Color> mark = colour("-g-paint-mark", canvas -> canvas.mark, "#8a5a00");
    private final StyleableProperty<Color> markColumn =
            colour("-g-paint-mark-column", canvas -> canvas.markColumn, "#fff2cc");
    private final StyleableProperty<Color> markTotal = colour("-g-paint-mark-total", canvas -> canvas.markTotal, "#f8cbad");
    private final StyleableProperty<Color> markTotalText =
            colour("-g-paint-mark-total-text", canvas -> canvas.markTotalText, "#8a3a10");

    private final Canvas cells = new Canvas();
    private final Canvas rowHeaders = new Canvas();
    private final Canvas columnHeaders = new Canvas();
    private final ColumnHeadings headings = new ColumnHeadings(this::paintHeading);
    private final Canvas corner = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final Label placeholder;
    private final Tooltip tooltip = new Tooltip();
    private final Text measuring = new Text();
    private final ReadOnlyObjectWrapper<Position> chosen = new ReadOnlyObjectWrapper<>(this, "chosenCell");
    private final double baseCellWidth;
    private final double baseCellHeight;
    private double cellWidth;
    private double cellHeight;
    protected Font cellFont;
    protected Font boldCellFont;
    protected Font italicCellFont;
    protected Font headerFont;
    protected Font boldHeaderFont;
    /** The look as it was painted with: a change of theme or text size repaints everything. */
    private Palette palette;

    private double rowHeader;
    private double columnHeader;
    private boolean tooltipInstalled;
    private long paints;
    /** Everything is to be painted at the next layout pass (a new grid, a new look). */
    private boolean dirty = true;

    /**
     * The colours a grid paints with, read from the stylesheets (light or dark) through the
     * canvas' own CSS properties ({@code -g-paint-…}, set from grounded.css's palette), so that the
     * canvases and the table controls take the same colours from one place.
     */
    public record Palette(Color surface, Color line, Color header, Color headerCursor, Color text, Color muted,
                          Color cursor, Color heatHigh, Color diagonal, Color belowThreshold,
                          Color belowThresholdText, Color zeroText, Color totalBackground, Color mark,
                          Color markColumn, Color markTotal, Color markTotalText) {

        /** The fill for a value's share of the largest value: from the surface to the heat colour. */
        public Color heat(double share) {
            double t = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
            return surface.interpolate(heatHigh, t);
        }

        /** The text colour that reads best on a fill: the text's or the surface's (white on a dark heat). */
        public Color textOn(Color fill) {
            double onFill = luminance(fill);
            return Math.abs(onFill - luminance(text)) >= Math.abs(onFill - luminance(surface)) ? text : surface;
        }

        private static double luminance(Color colour) {
            return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
        }
    }

    private StyleableProperty<Color> colour(String property, java.util.function.Function<CellCanvas,
            StyleableProperty<Color>> field, String light) {
        return STYLE.createStyleableColorProperty(this, property.substring(1), property, field, Color.web(light));
    }

    /** Every CSS property of a grid: a region's and the look's. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLE.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    /**
     * @param placeholder shown instead of the grid while there is nothing to show
     * @param computing   true while a new result is being counted (the old one is marked updating)
     */
    protected CellCanvas(String id, double cellWidth, double cellHeight, Label placeholder,
                         ObservableBooleanValue computing) {
        this.baseCellWidth = cellWidth;
        this.baseCellHeight = cellHeight;
        this.placeholder = placeholder;
        setId(id);
        getStyleClass().add("matrix-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        for (Canvas layer : List.of(cells, rowHeaders, columnHeaders, corner)) {
            layer.setManaged(false);
        }
        getChildren().addAll(cells, rowHeaders, columnHeaders, headings, corner, vertical, horizontal, placeholder);
        tooltip.setShowDelay(Duration.millis(400));
        AnalysisWindowLayout.marksUpdating(this, computing);
        lookChanged();
        // A new theme or text size arrives through CSS: the next layout pass reads and paints it.
        for (StyleableProperty<?> property : List.of(font, surface, line, header, headerCursor, text, muted, cursor,
                heatHigh, diagonal, belowThreshold, belowThresholdText, zeroText, totalBackground, mark, markColumn,
                markTotal, markTotalText)) {
            ((ObservableValue<?>) property).addListener(observable -> requestLayout());
        }

        vertical.valueProperty().addListener((observable, before, after) -> paint(CELLS | ROWS));
        horizontal.valueProperty().addListener((observable, before, after) -> paint(CELLS | COLUMNS));
        focusedProperty().addListener((observable, before, after) -> paint(CELLS));
        chosen.addListener((observable, before, after) -> {
            if (!accessibleTextProperty().isBound()) { // a view may bind it to a fuller line of its own
                setAccessibleText(after == null || after.row() >= rowCount() || after.column() >= columnCount()
                        ? null : describe(after));
            }
            paint(CELLS | ROWS | COLUMNS);
        });

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hideTooltip());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /**
     * Reads the look (colours and text size) the stylesheets gave; when it changed, the fonts and
     * the cell size follow, the cut names are forgotten and the subclass sizes its headers again.
     */
    private boolean lookChanged() {
        Palette now = new Palette(surface.getValue(), line.getValue(), header.getValue(), headerCursor.getValue(),
                text.getValue(), muted.getValue(), cursor.getValue(), heatHigh.getValue(), diagonal.getValue(),
                belowThreshold.getValue(), belowThresholdText.getValue(), zeroText.getValue(),
                totalBackground.getValue(), mark.getValue(), markColumn.getValue(), markTotal.getValue(),
                markTotalText.getValue());
        Font base = font.getValue();
        double size = base.getSize();
        boolean first = cellFont == null;
        boolean resized = first || cellFont.getSize() != size || !cellFont.getFamily().equals(base.getFamily());
        if (now.equals(palette) && !resized) {
            return false;
        }
        palette = now;
        if (resized) {
            String family = base.getFamily();
            cellFont = Font.font(family, size);
            boldCellFont = Font.font(family, FontWeight.BOLD, size);
            italicCellFont = Font.font(family, FontPosture.ITALIC, size);
            headerFont = Font.font(family, size - 0.5);
            boldHeaderFont = Font.font(family, FontWeight.BOLD, size - 0.5);
            cellWidth = Math.round(baseCellWidth * scale());
            cellHeight = Math.round(baseCellHeight * scale());
            vertical.setUnitIncrement(cellHeight);
            horizontal.setUnitIncrement(cellWidth);
        }
        // The kept headings were painted in the old look; a subclass' lookChangedTo shows its grid anew too.
        headings.forget(first ? 0 : columnCount(), cellWidth, columnHeader);
        if (!first) {
            lookChangedTo();
        }
        return true;
    }

    /** How much larger than the default the look's text is (1 at 12 px): header sizes scale with it. */
    protected final double scale() {
        return font.getValue().getSize() / BASE_FONT;
    }

    /** The colours the look gives (a test reads them). */
    public final Palette palette() {
        return palette;
    }

    /**
     * The theme or the text size changed: a subclass sizes its headers again and forgets the
     * swatches and cut names it kept (by calling {@link #shown}).
     */
    protected void lookChangedTo() {
    }

    /** The font the stylesheets give the grid (its size follows the text-size preference); a test reads it. */
    public final Font font() {
        return font.getValue();
    }

    /** A cell's width and height now (they follow the text size). */
    public final double cellWidth() {
        return cellWidth;
    }

    public final double cellHeight() {
        return cellHeight;
    }

    /** The number of rows shown (0 when there is nothing). */
    protected abstract int rowCount();

    /** The number of columns shown. */
    protected abstract int columnCount();

    /** Paints one cell in view, background included. */
    protected abstract void paintCell(GraphicsContext g, Position cell, double x, double y, double width,
                                      double height);

    /** Paints one row header over the header background (and the cursor's row shade). */
    protected abstract void paintRowHeader(GraphicsContext g, int row, double y, double width, double height);

    /** A column's full name: its header (cut to fit, upright) and its tooltip. */
    protected abstract String columnName(int column);

    /** What a column's header says before it is cut to fit; its name by default. Drawn upright (turned left). */
    protected String columnHeaderText(int column) {
        return columnName(column);
    }

    /** A row's full name, for the tooltip over its header. */
    protected abstract String rowName(int row);

    /** What a cell is, in words: its tooltip and the accessible text when it is the cursor. */
    protected abstract String describe(Position cell);

    /** A click, Enter or Space on a cell. */
    protected abstract void open(Position cell);

    /** The word in the top-left corner, over the row headers. */
    protected abstract String cornerText();

    /** A click on a column header (sorting, say); nothing by default. */
    protected void columnHeaderClicked(int column) {
    }

    /**
     * A new grid (or none) is shown: the header sizes are set, the cut names forgotten, the cursor
     * put on {@code kept} (or cleared when it is outside the grid).
     */
    protected final void shown(boolean empty, double rowHeaderWidth, double columnHeaderHeight, Position kept) {
        rowHeader = rowHeaderWidth;
        columnHeader = columnHeaderHeight;
        headings.forget(columnCount(), cellWidth, columnHeader);
        chosen.set(kept != null && kept.row() < rowCount() && kept.column() < columnCount() ? kept : null);
        placeholder.setVisible(empty);
        // Painted once, by the layout pass of the coming frame (the header sizes may have changed).
        dirty = true;
        requestLayout();
    }

    /** The cell the cursor is on, if any. */
    public ReadOnlyObjectProperty<Position> chosenCellProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** How many times the grid has been painted (a benchmark counts frames with it). */
    public long paints() {
        return paints;
    }

    @Override
    protected void layoutChildren() {
        boolean restyled = lookChanged();
        double width = getWidth();
        double height = getHeight();
        double bar = vertical.prefWidth(-1);
        double barHeight = horizontal.prefHeight(-1);
        double viewWidth = Math.max(0, width - bar);
        double viewHeight = Math.max(0, height - barHeight);
        double cellsWidth = Math.max(0, viewWidth - rowHeader);
        double cellsHeight = Math.max(0, viewHeight - columnHeader);
        boolean resized = restyled || cells.getWidth() != cellsWidth || cells.getHeight() != cellsHeight
                || rowHeaders.getWidth() != rowHeader || columnHeaders.getHeight() != columnHeader;
        place(corner, 0, 0, rowHeader, columnHeader);
        place(columnHeaders, rowHeader, 0, cellsWidth, columnHeader);
        headings.resizeRelocate(rowHeader, 0, cellsWidth, columnHeader);
        place(rowHeaders, 0, columnHeader, rowHeader, cellsHeight);
        place(cells, rowHeader, columnHeader, cellsWidth, cellsHeight);
        vertical.resizeRelocate(viewWidth, 0, bar, viewHeight);
        horizontal.resizeRelocate(0, viewHeight, viewWidth, barHeight);
        layoutInArea(placeholder, 0, 0, viewWidth, viewHeight, 0, HPos.CENTER, VPos.CENTER);
        fit(vertical, rowCount() * cellHeight, cellsHeight, cellHeight);
        fit(horizontal, columnCount() * cellWidth, cellsWidth, cellWidth);
        if (resized || dirty) {
            dirty = false;
            paint(ALL);
        }
    }

    private static void place(Canvas layer, double x, double y, double width, double height) {
        layer.relocate(x, y);
        layer.setWidth(width);
        layer.setHeight(height);
    }

    private static void fit(ScrollBar bar, double content, double view, double step) {
        double max = Math.max(0, content - Math.max(0, view));
        bar.setMax(max);
        bar.setVisibleAmount(max == 0 ? 1 : max * Math.max(1, view) / Math.max(1, content));
        bar.setBlockIncrement(Math.max(1, view - step));
        bar.setDisable(max == 0);
        if (bar.getValue() > max) {
            bar.setValue(max);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 320;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 100;
    }

    /** Repaints every layer. */
    protected final void paint() {
        paint(ALL);
    }

    /**
     * Repaints the layers named: the cells in view, the row headers in view, the column headers in
     * view, the corner. Each layer is a canvas of its own, which keeps what was painted on it, so a
     * scroll down repaints the cells and the row headers and leaves the column headers (turned
     * text, the dearest to draw) as they are; a scroll sideways moves the kept headings and paints
     * only those coming into view.
     */
    private void paint(int layers) {
        paints++;
        double width = cells.getWidth();
        double height = cells.getHeight();
        int rows = rowCount();
        int columns = columnCount();
        boolean empty = rows == 0 || columns == 0;
        double left = horizontal.getValue();
        double top = vertical.getValue();
        int firstColumn = Math.max(0, (int) (left / cellWidth));
        int lastColumn = Math.min(columns - 1, (int) ((left + width) / cellWidth));
        int firstRow = Math.max(0, (int) (top / cellHeight));
        int lastRow = Math.min(rows - 1, (int) ((top + height) / cellHeight));
        Position at = chosen.get();
        if ((layers & CELLS) != 0) {
            paintCells(empty, firstRow, lastRow, firstColumn, lastColumn, left, top, at);
        }
        if ((layers & ROWS) != 0) {
            paintRowHeaders(empty, firstRow, lastRow, top, at);
        }
        if ((layers & GROUND) != 0) {
            paintColumnGround();
        }
        if ((layers & COLUMNS) != 0) {
            if (empty) {
                headings.forget(0, cellWidth, columnHeader);
            } else {
                headings.show(firstColumn, lastColumn, left, at == null ? -1 : at.column());
            }
        }
        if ((layers & CORNER) != 0) {
            GraphicsContext g = corner.getGraphicsContext2D();
            g.setFill(palette.surface());
            g.fillRect(0, 0, corner.getWidth(), corner.getHeight());
            if (!empty) {
                g.setFill(palette.muted());
                g.setFont(headerFont);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(cornerText(), PAD, columnHeader - 6);
                g.setFill(palette.line());
                g.fillRect(corner.getWidth() - 1, 0, 1, corner.getHeight());
                g.fillRect(0, corner.getHeight() - 1, corner.getWidth(), 1);
            }
        }
    }

    private void paintCells(boolean empty, int firstRow, int lastRow, int firstColumn, int lastColumn, double left,
                            double top, Position at) {
        GraphicsContext g = cells.getGraphicsContext2D();
        double width = cells.getWidth();
        double height = cells.getHeight();
        g.setFill(palette.surface());
        g.fillRect(0, 0, width, height);
        if (empty || width <= 0 || height <= 0) {
            return;
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int row = firstRow; row <= lastRow; row++) {
            double y = row * cellHeight - top;
            for (int column = firstColumn; column <= lastColumn; column++) {
                paintCell(g, new Position(row, column), column * cellWidth - left, y, cellWidth, cellHeight);
            }
        }
        // Lines as one-pixel rectangles: a stroked line is a shape to fill, dear in software.
        g.setFill(palette.line());
        double bottom = Math.min(height, (lastRow + 1) * cellHeight - top + 1);
        double right = Math.min(width, (lastColumn + 1) * cellWidth - left + 1);
        for (int row = firstRow; row <= lastRow + 1; row++) {
            g.fillRect(0, Math.floor(row * cellHeight - top), right, 1);
        }
        for (int column = firstColumn; column <= lastColumn + 1; column++) {
            g.fillRect(Math.floor(column * cellWidth - left), 0, 1, bottom);
        }
        if (at != null && at.row() <= lastRow && at.row() >= firstRow && at.column() >= firstColumn
                && at.column() <= lastColumn) {
            // An outline in the cursor's colour with a ring of the surface inside: visible on every fill.
            double x = Math.floor(at.column() * cellWidth - left);
            double y = Math.floor(at.row() * cellHeight - top);
            outline(g, isFocused() ? palette.cursor() : palette.text(), x + 1, y + 1, cellWidth - 2, cellHeight - 2, 2);
            outline(g, palette.surface(), x + 3, y + 3, cellWidth - 6, cellHeight - 6, 1);
        }
    }

    /** A rectangle's outline of the given thickness, drawn inside it, as filled rectangles. */
    private static void outline(GraphicsContext g, Color colour, double x, double y, double width, double height,
                                double thickness) {
        g.setFill(colour);
        g.fillRect(x, y, width, thickness);
        g.fillRect(x, y + height - thickness, width, thickness);
        g.fillRect(x, y, thickness, height);
        g.fillRect(x + width - thickness, y, thickness, height);
    }

    /** A cell's background and its text at the right, vertically centred. */
    protected static void fillCell(GraphicsContext g, Color background, String text, Color textColour, Font font,
                                   double x, double y, double width, double height) {
        g.setFill(background);
        g.fillRect(x, y, width, height);
        if (text.isEmpty()) {
            return;
        }
        g.setFill(textColour);
        g.setFont(font);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + width - 8, y + height / 2);
    }

    /**
     * A code's colour as the header's swatch, as the theme draws codes (a dark colour lighter on
     * the dark theme, {@link CodeColours}); grey when it is not a colour.
     */
    protected final Color swatchOf(String colour) {
        boolean dark = palette.surface().getBrightness() < 0.5;
        try {
            return Color.web(CodeColours.shown(colour, dark));
        } catch (IllegalArgumentException | NullPointerException notAColour) {
            return Color.LIGHTGRAY;
        }
    }

    private void paintRowHeaders(boolean empty, int firstRow, int lastRow, double top, Position at) {
        GraphicsContext g = rowHeaders.getGraphicsContext2D();
        double width = rowHeaders.getWidth();
        double height = rowHeaders.getHeight();
        g.setFill(palette.header());
        g.fillRect(0, 0, width, height);
        if (empty) {
            return;
        }
        g.setFont(headerFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int row = firstRow; row <= lastRow; row++) {
            double y = row * cellHeight - top;
            if (at != null && at.row() == row) {
                g.setFill(palette.headerCursor());
                g.fillRect(0, y, width, cellHeight);
            }
            paintRowHeader(g, row, y, width, cellHeight);
        }
        g.setFill(palette.line());
        g.fillRect(width - 1, 0, 1, height);
    }

    /** Under the headings: the header colour where no column is (a narrow grid) and the line below. */
    private void paintColumnGround() {
        GraphicsContext g = columnHeaders.getGraphicsContext2D();
        double width = columnHeaders.getWidth();
        double height = columnHeaders.getHeight();
        g.setFill(palette.header());
        g.fillRect(0, 0, width, height);
        g.setFill(palette.line());
        g.fillRect(0, height - 1, width, 1);
    }

    /** One column's heading on a canvas of its own, kept by {@link ColumnHeadings} until the grid or look changes. */
    private String paintHeading(GraphicsContext g, int column, double width, double height, boolean shaded) {
        String label = fitted(columnHeaderText(column), columnHeader - 2 * PAD, headerFont);
        g.setFill(shaded ? palette.headerCursor() : palette.header());
        g.fillRect(0, 0, width, height);
        g.save();
        g.translate(width / 2, height - PAD);
        g.rotate(-90);
        g.setFill(palette.text());
        g.setFont(headerFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, 0, 0);
        g.restore();
        g.setFill(palette.line());
        g.fillRect(0, height - 1, width, 1);
        return label;
    }

    /** The column headings in view as painted, left to right (a test compares them with the result's labels). */
    public final List<String> headingsShown() {
        return headings.shown().stream().map(ColumnHeadings.Heading::text).toList();
    }

    /** The canvas a column's heading is kept on, null when it is not (a test reads it). */
    public final Canvas headingCanvas(int column) {
        return headings.canvasOf(column);
    }

    /** The name, or as much of it as fits {@code room} pixels followed by "…". */
    protected final String fitted(String name, double room, Font font) {
        if (textWidth(name, font) <= room) {
            return name;
        }
        int low = 0;
        int high = name.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (textWidth(name.substring(0, middle).stripTrailing() + "…", font) <= room) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return name.substring(0, low).stripTrailing() + "…";
    }

    private double textWidth(String text, Font font) {
        measuring.setFont(font);
        measuring.setText(text);
        return measuring.getLayoutBounds().getWidth();
    }

    /** What is under a point of the canvas. */
    private sealed interface Hit permits CellHit, RowHit, ColumnHit {
    }

    private record CellHit(Position position) implements Hit {
    }

    private record RowHit(int row) implements Hit {
    }

    private record ColumnHit(int column) implements Hit {
    }

    private Optional<Hit> hit(double x, double y) {
        if (rowCount() == 0 || x < 0 || y < 0 || x >= rowHeader + cells.getWidth()
                || y >= columnHeader + cells.getHeight()) {
            return Optional.empty();
        }
        int row = (int) Math.floor((y - columnHeader + vertical.getValue()) / cellHeight);
        int column = (int) Math.floor((x - rowHeader + horizontal.getValue()) / cellWidth);
        boolean inRows = y >= columnHeader && row >= 0 && row < rowCount();
        boolean inColumns = x >= rowHeader && column >= 0 && column < columnCount();
        if (inRows && inColumns) {
            return Optional.of(new CellHit(new Position(row, column)));
        }
        if (inRows && x < rowHeader) {
            return Optional.of(new RowHit(row));
        }
        if (inColumns && y < columnHeader) {
            return Optional.of(new ColumnHit(column));
        }
        return Optional.empty();
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        hit(event.getX(), event.getY()).ifPresent(hit -> {
            if (hit instanceof CellHit cell) {
                chosen.set(cell.position());
                open(cell.position());
            } else if (hit instanceof ColumnHit column) {
                columnHeaderClicked(column.column());
            }
        });
    }

    private void hovered(MouseEvent event) {
        Optional<String> text = hit(event.getX(), event.getY()).map(this::tooltipText);
        if (text.isEmpty()) {
            hideTooltip();
            return;
        }
        if (!text.get().equals(tooltip.getText())) {
            tooltip.setText(text.get());
        }
        if (!tooltipInstalled) {
            Tooltip.install(this, tooltip);
            tooltipInstalled = true;
        }
    }

    private String tooltipText(Hit hit) {
        if (hit instanceof CellHit cell) {
            return describe(cell.position());
        }
        return hit instanceof RowHit row ? rowName(row.row()) : columnName(((ColumnHit) hit).column());
    }

    private void hideTooltip() {
        if (tooltipInstalled) {
            Tooltip.uninstall(this, tooltip);
            tooltip.hide();
            tooltipInstalled = false;
        }
    }

    private void scrolled(ScrollEvent event) {
        double dx = event.isShiftDown() && event.getDeltaX() == 0 ? event.getDeltaY() : event.getDeltaX();
        double dy = event.isShiftDown() && event.getDeltaX() == 0 ? 0 : event.getDeltaY();
        scrollTo(vertical, vertical.getValue() - dy);
        scrollTo(horizontal, horizontal.getValue() - dx);
        event.consume();
    }

    private static void scrollTo(ScrollBar bar, double value) {
        bar.setValue(Math.max(bar.getMin(), Math.min(bar.getMax(), value)));
    }

    /** Where the cursor starts when a key is pressed before any cell was chosen. */
    protected Position firstCell() {
        return new Position(0, 0);
    }

    private void keyPressed(KeyEvent event) {
        int rows = rowCount();
        int columns = columnCount();
        if (rows == 0 || columns == 0) {
            return;
        }
        Position at = chosen.get() == null ? firstCell() : chosen.get();
        int page = Math.max(1, (int) (cells.getHeight() / cellHeight) - 1);
        Position next = switch (event.getCode()) {
            case UP -> new Position(at.row() - 1, at.column());
            case DOWN -> new Position(at.row() + 1, at.column());
            case LEFT -> new Position(at.row(), at.column() - 1);
            case RIGHT -> new Position(at.row(), at.column() + 1);
            case PAGE_UP -> new Position(at.row() - page, at.column());
            case PAGE_DOWN -> new Position(at.row() + page, at.column());
            case HOME -> new Position(event.isShortcutDown() ? 0 : at.row(), 0);
            case END -> new Position(event.isShortcutDown() ? rows - 1 : at.row(), columns - 1);
            default -> null;
        };
        if (next != null) {
            moveTo(new Position(Math.max(0, Math.min(rows - 1, next.row())),
                    Math.max(0, Math.min(columns - 1, next.column()))));
            event.consume();
        } else if (switch (event.getCode()) { case ENTER, SPACE -> true; default -> false; }) {
            if (chosen.get() == null) {
                moveTo(at);
            }
            open(chosen.get());
            event.consume();
        }
    }

    /** Puts the cursor on a cell and scrolls it into view. */
    public final void moveTo(Position position) {
        chosen.set(position);
        double x = position.column() * cellWidth;
        double y = position.row() * cellHeight;
        double viewWidth = cells.getWidth();
        double viewHeight = cells.getHeight();
        if (x < horizontal.getValue()) {
            scrollTo(horizontal, x);
        } else if (x + cellWidth > horizontal.getValue() + viewWidth) {
            scrollTo(horizontal, x + cellWidth - viewWidth);
        }
        if (y < vertical.getValue()) {
            scrollTo(vertical, y);
        } else if (y + cellHeight > vertical.getValue() + viewHeight) {
            scrollTo(vertical, y + cellHeight - viewHeight);
        }
    }

    /** Where a cell is drawn, in this node's coordinates (it may be scrolled out of view). */
    public final Bounds cellBounds(Position position) {
        return new BoundingBox(rowHeader + position.column() * cellWidth - horizontal.getValue(),
                columnHeader + position.row() * cellHeight - vertical.getValue(), cellWidth, cellHeight);
    }

    /** Where the cells (without the headers) are shown, in this node's coordinates. */
    public final Bounds cellArea() {
        return cells.getBoundsInParent();
    }

    public final ScrollBar verticalBar() {
        return vertical;
    }

    public final ScrollBar horizontalBar() {
        return horizontal;
    }
}
