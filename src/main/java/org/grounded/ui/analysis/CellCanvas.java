package org.grounded.ui.analysis;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
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

/**
 * A grid of cells painted on one canvas: only the cells in view are drawn, the row headers stay
 * frozen at the left and the column headers (upright) at the top, and two scroll bars move the
 * rest. A table control makes a node with its own style per cell and virtualises rows only, so a
 * grid of hundreds of columns froze the window for seconds; here a change or a scroll repaints the
 * few hundred cells in view, and nothing else. The co-occurrence matrix and the wide citations
 * table are both drawn this way; subclasses say what a cell and a header show.
 *
 * <p>One cell is the cursor: a click or the arrow keys move it, and the accessible text says its
 * row, column and value (screen readers cannot read a canvas). A click, Enter or Space opens it.
 */
public abstract class CellCanvas extends Region {

    /** A cell of the grid: row and column index. */
    public record Position(int row, int column) {
    }

    protected static final double SWATCH = 10;
    protected static final double PAD = 7;

    protected static final Color GRID = Color.web("#e6e8eb");
    protected static final Color HEADER_BACKGROUND = Color.web("#f7f8f9");
    protected static final Color HEADER_CURSOR = Color.web("#e3efef");
    protected static final Color TEXT = Color.web("#1f2328");
    protected static final Color MUTED = Color.web("#5d6670");
    private static final Color CURSOR = Color.web("#1f2328");
    private static final Color CURSOR_FOCUSED = Color.web("#0b3d44");

    private final double cellWidth;
    private final double cellHeight;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final Label placeholder;
    private final Tooltip tooltip = new Tooltip();
    private final Text measuring = new Text();
    private final ReadOnlyObjectWrapper<Position> chosen = new ReadOnlyObjectWrapper<>(this, "chosenCell");
    protected final Font cellFont = Font.font(Font.getDefault().getFamily(), 12);
    protected final Font boldCellFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
    protected final Font italicCellFont = Font.font(Font.getDefault().getFamily(), FontPosture.ITALIC, 12);
    protected final Font headerFont = Font.font(Font.getDefault().getFamily(), 11.5);
    protected final Font boldHeaderFont = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11.5);

    private double rowHeader;
    private double columnHeader;
    private String[] columnLabels = new String[0];
    private boolean tooltipInstalled;
    private long paints;

    /**
     * @param placeholder shown instead of the grid while there is nothing to show
     * @param computing   true while a new result is being counted (the old one is marked updating)
     */
    protected CellCanvas(String id, double cellWidth, double cellHeight, Label placeholder,
                         ObservableBooleanValue computing) {
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.placeholder = placeholder;
        setId(id);
        getStyleClass().add("matrix-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setUnitIncrement(cellHeight);
        horizontal.setUnitIncrement(cellWidth);
        getChildren().addAll(canvas, vertical, horizontal, placeholder);
        tooltip.setShowDelay(Duration.millis(400));
        AnalysisWindowLayout.marksUpdating(this, computing);

        vertical.valueProperty().addListener((observable, before, after) -> paint());
        horizontal.valueProperty().addListener((observable, before, after) -> paint());
        focusedProperty().addListener((observable, before, after) -> paint());
        chosen.addListener((observable, before, after) -> {
            if (!accessibleTextProperty().isBound()) { // a view may bind it to a fuller line of its own
                setAccessibleText(after == null || after.row() >= rowCount() || after.column() >= columnCount()
                        ? null : describe(after));
            }
            paint();
        });

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hideTooltip());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
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
        columnLabels = new String[columnCount()];
        chosen.set(kept != null && kept.row() < rowCount() && kept.column() < columnCount() ? kept : null);
        placeholder.setVisible(empty);
        requestLayout();
        paint();
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
        double width = getWidth();
        double height = getHeight();
        double bar = vertical.prefWidth(-1);
        double barHeight = horizontal.prefHeight(-1);
        double viewWidth = Math.max(0, width - bar);
        double viewHeight = Math.max(0, height - barHeight);
        canvas.setWidth(viewWidth);
        canvas.setHeight(viewHeight);
        canvas.relocate(0, 0);
        vertical.resizeRelocate(viewWidth, 0, bar, viewHeight);
        horizontal.resizeRelocate(0, viewHeight, viewWidth, barHeight);
        layoutInArea(placeholder, 0, 0, viewWidth, viewHeight, 0, HPos.CENTER, VPos.CENTER);
        fit(vertical, rowCount() * cellHeight, viewHeight - columnHeader, cellHeight);
        fit(horizontal, columnCount() * cellWidth, viewWidth - rowHeader, cellWidth);
        paint();
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

    /** Paints the cells in view, then the frozen headers over them. */
    protected final void paint() {
        paints++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int rows = rowCount();
        int columns = columnCount();
        if (rows == 0 || columns == 0 || width <= 0 || height <= 0) {
            return;
        }
        double left = horizontal.getValue();
        double top = vertical.getValue();
        int firstColumn = Math.max(0, (int) (left / cellWidth));
        int lastColumn = Math.min(columns - 1, (int) ((left + width - rowHeader) / cellWidth));
        int firstRow = Math.max(0, (int) (top / cellHeight));
        int lastRow = Math.min(rows - 1, (int) ((top + height - columnHeader) / cellHeight));
        Position at = chosen.get();

        g.save();
        clip(g, rowHeader, columnHeader, width - rowHeader, height - columnHeader);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int row = firstRow; row <= lastRow; row++) {
            double y = columnHeader + row * cellHeight - top;
            for (int column = firstColumn; column <= lastColumn; column++) {
                paintCell(g, new Position(row, column), rowHeader + column * cellWidth - left, y, cellWidth,
                        cellHeight);
            }
        }
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (int row = firstRow; row <= lastRow + 1; row++) {
            double y = Math.floor(columnHeader + row * cellHeight - top) + 0.5;
            g.strokeLine(rowHeader, y, width, y);
        }
        for (int column = firstColumn; column <= lastColumn + 1; column++) {
            double x = Math.floor(rowHeader + column * cellWidth - left) + 0.5;
            g.strokeLine(x, columnHeader, x, height);
        }
        if (at != null) {
            // A dark outline with a white ring inside: visible on white and on the darkest fill alike.
            double x = rowHeader + at.column() * cellWidth - left;
            double y = columnHeader + at.row() * cellHeight - top;
            g.setStroke(isFocused() ? CURSOR_FOCUSED : CURSOR);
            g.setLineWidth(2);
            g.strokeRect(x + 1, y + 1, cellWidth - 2, cellHeight - 2);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeRect(x + 2.5, y + 2.5, cellWidth - 5, cellHeight - 5);
        }
        g.restore();

        paintRowHeaders(g, firstRow, lastRow, top, height, at);
        paintColumnHeaders(g, firstColumn, lastColumn, left, width, at);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, rowHeader, columnHeader);
        g.setFill(MUTED);
        g.setFont(headerFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(cornerText(), PAD, columnHeader - 6);
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeLine(rowHeader + 0.5, 0, rowHeader + 0.5, height);
        g.strokeLine(0, columnHeader + 0.5, width, columnHeader + 0.5);
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

    /** A code's colour as the header's swatch (grey when it is not a colour). */
    protected static Color colourOf(String colour) {
        try {
            return Color.web(colour);
        } catch (IllegalArgumentException | NullPointerException notAColour) {
            return Color.LIGHTGRAY;
        }
    }

    private void paintRowHeaders(GraphicsContext g, int firstRow, int lastRow, double top, double height,
                                 Position at) {
        g.save();
        clip(g, 0, columnHeader, rowHeader, height - columnHeader);
        g.setFill(HEADER_BACKGROUND);
        g.fillRect(0, columnHeader, rowHeader, height - columnHeader);
        g.setFont(headerFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int row = firstRow; row <= lastRow; row++) {
            double y = columnHeader + row * cellHeight - top;
            if (at != null && at.row() == row) {
                g.setFill(HEADER_CURSOR);
                g.fillRect(0, y, rowHeader, cellHeight);
            }
            paintRowHeader(g, row, y, rowHeader, cellHeight);
        }
        g.restore();
    }

    private void paintColumnHeaders(GraphicsContext g, int firstColumn, int lastColumn, double left, double width,
                                    Position at) {
        g.save();
        clip(g, rowHeader, 0, width - rowHeader, columnHeader);
        g.setFill(HEADER_BACKGROUND);
        g.fillRect(rowHeader, 0, width - rowHeader, columnHeader);
        g.setFont(headerFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int column = firstColumn; column <= lastColumn; column++) {
            double x = rowHeader + column * cellWidth - left;
            if (at != null && at.column() == column) {
                g.setFill(HEADER_CURSOR);
                g.fillRect(x, 0, cellWidth, columnHeader);
            }
            g.save();
            g.translate(x + cellWidth / 2, columnHeader - PAD);
            g.rotate(-90);
            g.setFill(TEXT);
            g.fillText(columnLabel(column), 0, 0);
            g.restore();
        }
        g.restore();
    }

    private static void clip(GraphicsContext g, double x, double y, double width, double height) {
        g.beginPath();
        g.rect(x, y, Math.max(0, width), Math.max(0, height));
        g.closePath();
        g.clip();
    }

    private String columnLabel(int index) {
        if (columnLabels[index] == null) {
            columnLabels[index] = fitted(columnHeaderText(index), columnHeader - 2 * PAD, headerFont);
        }
        return columnLabels[index];
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
        if (rowCount() == 0 || x < 0 || y < 0 || x >= canvas.getWidth() || y >= canvas.getHeight()) {
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
        int page = Math.max(1, (int) ((canvas.getHeight() - columnHeader) / cellHeight) - 1);
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
        double viewWidth = canvas.getWidth() - rowHeader;
        double viewHeight = canvas.getHeight() - columnHeader;
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

    public final ScrollBar verticalBar() {
        return vertical;
    }

    public final ScrollBar horizontalBar() {
        return horizontal;
    }
}
