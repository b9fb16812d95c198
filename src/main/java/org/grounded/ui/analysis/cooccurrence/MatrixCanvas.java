package org.grounded.ui.analysis.cooccurrence;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.model.Code;
import org.grounded.ui.analysis.AnalysisWindowLayout;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The co-occurrence matrix painted on one canvas: only the cells in view are drawn, the code
 * names stay frozen at the left and at the top (upright), and two scroll bars move the rest. A
 * 500 × 500 matrix is 250,000 cells; as table cells each one was a node with its own style to
 * parse, which froze the window for seconds. Here a change of measure, threshold or scroll
 * position repaints the few hundred cells in view, and nothing else.
 *
 * <p>One cell is the cursor: a click or the arrow keys move it, and the line under the matrix says
 * its codes and value (for the keyboard and for screen readers, which cannot read a canvas). A
 * click or Enter lists the cell's passages below.
 */
final class MatrixCanvas extends Region {

    /** A cell of the matrix: row and column index into the matrix's codes. */
    record Position(int row, int column) {
    }

    static final double CELL_WIDTH = 48;
    static final double CELL_HEIGHT = 26;
    private static final double ROW_HEADER_MAX = 240;
    private static final double COLUMN_HEADER_MAX = 170;
    private static final double SWATCH = 10;
    private static final double PAD = 7;

    private static final Color GRID = Color.web("#e6e8eb");
    private static final Color HEADER_BACKGROUND = Color.web("#f7f8f9");
    private static final Color HEADER_CURSOR = Color.web("#e3efef");
    private static final Color DIAGONAL = Color.web("#eceef1");
    private static final Color BELOW_THRESHOLD = Color.web("#f3f4f6");
    private static final Color BELOW_THRESHOLD_TEXT = Color.web("#b7bcc2");
    private static final Color TEXT = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#5d6670");
    private static final Color CURSOR = Color.web("#1f2328");
    private static final Color CURSOR_FOCUSED = Color.web("#0b3d44");

    private final CooccurrenceViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final Label placeholder;
    private final Tooltip tooltip = new Tooltip();
    private final Text measuring = new Text();
    private final ReadOnlyObjectWrapper<Position> chosen = new ReadOnlyObjectWrapper<>(this, "chosenCell");
    private final Font cellFont = Font.font(Font.getDefault().getFamily(), 12);
    private final Font undefinedFont = Font.font(Font.getDefault().getFamily(), FontPosture.ITALIC, 12);
    private final Font headerFont = Font.font(Font.getDefault().getFamily(), 11.5);

    private CooccurrenceMatrix matrix;
    private double rowHeader;
    private double columnHeader;
    /** The names as they fit their header, computed when first painted. */
    private String[] rowLabels = new String[0];
    private String[] columnLabels = new String[0];
    private Color[] swatches = new Color[0];
    private boolean tooltipInstalled;
    private long paints;

    MatrixCanvas(CooccurrenceViewModel viewModel) {
        this.viewModel = viewModel;
        setId("cooccurrence-matrix");
        getStyleClass().add("matrix-canvas");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setUnitIncrement(CELL_HEIGHT);
        horizontal.setUnitIncrement(CELL_WIDTH);
        placeholder = AnalysisWindowLayout.placeholder(lang("No matrix yet: open a project with coded quotations."),
                viewModel.computingProperty());
        getChildren().addAll(canvas, vertical, horizontal, placeholder);
        tooltip.setShowDelay(Duration.millis(400));
        AnalysisWindowLayout.marksUpdating(this, viewModel.computingProperty());

        vertical.valueProperty().addListener((observable, before, after) -> paint());
        horizontal.valueProperty().addListener((observable, before, after) -> paint());
        viewModel.matrixProperty().addListener((observable, before, after) -> show(after));
        viewModel.measureProperty().addListener((observable, before, after) -> paint());
        viewModel.thresholdProperty().addListener((observable, before, after) -> paint());
        viewModel.largestProperty().addListener((observable, before, after) -> paint());
        focusedProperty().addListener((observable, before, after) -> paint());
        chosen.addListener((observable, before, after) -> paint());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hideTooltip());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        show(viewModel.matrixProperty().get());
    }

    /** The cell the keyboard is on, if any. */
    ReadOnlyObjectProperty<Position> chosenCellProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** How many times the matrix has been painted (a benchmark counts frames with it). */
    long paints() {
        return paints;
    }

    private void show(CooccurrenceMatrix shown) {
        matrix = shown;
        int size = shown == null ? 0 : shown.size();
        rowLabels = new String[size];
        columnLabels = new String[size];
        swatches = new Color[size];
        if (shown != null) {
            int longest = shown.codes().stream().mapToInt(code -> code.name().length()).max().orElse(4);
            rowHeader = Math.min(ROW_HEADER_MAX, 2 * PAD + SWATCH + 6 + 7.0 * Math.max(longest, 4));
            columnHeader = Math.min(COLUMN_HEADER_MAX, 2 * PAD + 6.5 * Math.max(longest, 4));
        }
        Position kept = viewModel.selectedPair().map(pair -> new Position(pair[0], pair[1]))
                .or(() -> Optional.ofNullable(chosen.get()))
                .filter(position -> position.row() < size && position.column() < size).orElse(null);
        chosen.set(kept);
        placeholder.setVisible(shown == null);
        requestLayout();
        paint();
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
        int size = matrix == null ? 0 : matrix.size();
        fit(vertical, size * CELL_HEIGHT, viewHeight - columnHeader);
        fit(horizontal, size * CELL_WIDTH, viewWidth - rowHeader);
        paint();
    }

    private static void fit(ScrollBar bar, double content, double view) {
        double max = Math.max(0, content - Math.max(0, view));
        bar.setMax(max);
        bar.setVisibleAmount(max == 0 ? 1 : max * Math.max(1, view) / Math.max(1, content));
        bar.setBlockIncrement(Math.max(1, view - CELL_HEIGHT));
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
    private void paint() {
        paints++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (matrix == null || width <= 0 || height <= 0) {
            return;
        }
        int size = matrix.size();
        double left = horizontal.getValue();
        double top = vertical.getValue();
        int firstColumn = Math.max(0, (int) (left / CELL_WIDTH));
        int lastColumn = Math.min(size - 1, (int) ((left + width - rowHeader) / CELL_WIDTH));
        int firstRow = Math.max(0, (int) (top / CELL_HEIGHT));
        int lastRow = Math.min(size - 1, (int) ((top + height - columnHeader) / CELL_HEIGHT));
        Position at = chosen.get();

        g.save();
        clip(g, rowHeader, columnHeader, width - rowHeader, height - columnHeader);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int row = firstRow; row <= lastRow; row++) {
            double y = columnHeader + row * CELL_HEIGHT - top;
            for (int column = firstColumn; column <= lastColumn; column++) {
                paintCell(g, viewModel.cell(row, column), rowHeader + column * CELL_WIDTH - left, y);
            }
        }
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (int row = firstRow; row <= lastRow + 1; row++) {
            double y = Math.floor(columnHeader + row * CELL_HEIGHT - top) + 0.5;
            g.strokeLine(rowHeader, y, width, y);
        }
        for (int column = firstColumn; column <= lastColumn + 1; column++) {
            double x = Math.floor(rowHeader + column * CELL_WIDTH - left) + 0.5;
            g.strokeLine(x, columnHeader, x, height);
        }
        if (at != null) {
            // A dark outline with a white ring inside: visible on white and on the darkest teal alike.
            double x = rowHeader + at.column() * CELL_WIDTH - left;
            double y = columnHeader + at.row() * CELL_HEIGHT - top;
            g.setStroke(isFocused() ? CURSOR_FOCUSED : CURSOR);
            g.setLineWidth(2);
            g.strokeRect(x + 1, y + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeRect(x + 2.5, y + 2.5, CELL_WIDTH - 5, CELL_HEIGHT - 5);
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
        g.fillText(lang("Code"), PAD, columnHeader - 6);
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeLine(rowHeader + 0.5, 0, rowHeader + 0.5, height);
        g.strokeLine(0, columnHeader + 0.5, width, columnHeader + 0.5);
    }

    private void paintCell(GraphicsContext g, MatrixCell cell, double x, double y) {
        Color background = switch (cell.kind()) {
            case DIAGONAL -> DIAGONAL;
            case UNDEFINED -> Color.WHITE;
            case VALUE -> cell.text().isEmpty() ? Color.WHITE
                    : cell.belowThreshold() ? BELOW_THRESHOLD : HeatColours.colour(cell.share());
        };
        g.setFill(background);
        g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
        if (cell.text().isEmpty()) {
            return;
        }
        Color text = cell.kind() == MatrixCell.Kind.UNDEFINED ? MUTED
                : cell.belowThreshold() ? BELOW_THRESHOLD_TEXT
                : HeatColours.needsLightText(cell.share()) ? Color.WHITE : TEXT;
        g.setFill(text);
        g.setFont(cell.kind() == MatrixCell.Kind.UNDEFINED ? undefinedFont : cellFont);
        g.fillText(cell.text(), x + CELL_WIDTH - 8, y + CELL_HEIGHT / 2);
    }

    private void paintRowHeaders(GraphicsContext g, int firstRow, int lastRow, double top, double height, Position at) {
        g.save();
        clip(g, 0, columnHeader, rowHeader, height - columnHeader);
        g.setFill(HEADER_BACKGROUND);
        g.fillRect(0, columnHeader, rowHeader, height - columnHeader);
        g.setFont(headerFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        List<Code> codes = matrix.codes();
        for (int row = firstRow; row <= lastRow; row++) {
            double y = columnHeader + row * CELL_HEIGHT - top;
            if (at != null && at.row() == row) {
                g.setFill(HEADER_CURSOR);
                g.fillRect(0, y, rowHeader, CELL_HEIGHT);
            }
            g.setFill(swatch(row));
            g.fillRect(PAD, y + (CELL_HEIGHT - SWATCH) / 2, SWATCH, SWATCH);
            g.setFill(TEXT);
            g.fillText(rowLabel(row, codes), PAD + SWATCH + 6, y + CELL_HEIGHT / 2);
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
        List<Code> codes = matrix.codes();
        for (int column = firstColumn; column <= lastColumn; column++) {
            double x = rowHeader + column * CELL_WIDTH - left;
            if (at != null && at.column() == column) {
                g.setFill(HEADER_CURSOR);
                g.fillRect(x, 0, CELL_WIDTH, columnHeader);
            }
            g.save();
            g.translate(x + CELL_WIDTH / 2, columnHeader - PAD);
            g.rotate(-90);
            g.setFill(TEXT);
            g.fillText(columnLabel(column, codes), 0, 0);
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

    private Color swatch(int index) {
        if (swatches[index] == null) {
            try {
                swatches[index] = Color.web(matrix.codes().get(index).colour());
            } catch (IllegalArgumentException | NullPointerException notAColour) {
                swatches[index] = Color.LIGHTGRAY;
            }
        }
        return swatches[index];
    }

    private String rowLabel(int index, List<Code> codes) {
        if (rowLabels[index] == null) {
            rowLabels[index] = fitted(codes.get(index).name(), rowHeader - PAD - SWATCH - 6 - PAD);
        }
        return rowLabels[index];
    }

    private String columnLabel(int index, List<Code> codes) {
        if (columnLabels[index] == null) {
            columnLabels[index] = fitted(codes.get(index).name(), columnHeader - 2 * PAD);
        }
        return columnLabels[index];
    }

    /** The name, or as much of it as fits {@code room} pixels followed by "…". */
    String fitted(String name, double room) {
        if (textWidth(name) <= room) {
            return name;
        }
        int low = 0;
        int high = name.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (textWidth(name.substring(0, middle).stripTrailing() + "…") <= room) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return name.substring(0, low).stripTrailing() + "…";
    }

    private double textWidth(String text) {
        measuring.setFont(headerFont);
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
        if (matrix == null || x < 0 || y < 0 || x >= canvas.getWidth() || y >= canvas.getHeight()) {
            return Optional.empty();
        }
        int row = (int) Math.floor((y - columnHeader + vertical.getValue()) / CELL_HEIGHT);
        int column = (int) Math.floor((x - rowHeader + horizontal.getValue()) / CELL_WIDTH);
        boolean inRows = y >= columnHeader && row >= 0 && row < matrix.size();
        boolean inColumns = x >= rowHeader && column >= 0 && column < matrix.size();
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
                open();
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
            return viewModel.describe(cell.position().row(), cell.position().column());
        }
        int index = hit instanceof RowHit row ? row.row() : ((ColumnHit) hit).column();
        return matrix.codes().get(index).name();
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

    private void keyPressed(KeyEvent event) {
        if (matrix == null || matrix.size() == 0) {
            return;
        }
        Position at = chosen.get() == null ? new Position(0, Math.min(1, matrix.size() - 1)) : chosen.get();
        int page = Math.max(1, (int) ((canvas.getHeight() - columnHeader) / CELL_HEIGHT) - 1);
        Position next = switch (event.getCode()) {
            case UP -> new Position(at.row() - 1, at.column());
            case DOWN -> new Position(at.row() + 1, at.column());
            case LEFT -> new Position(at.row(), at.column() - 1);
            case RIGHT -> new Position(at.row(), at.column() + 1);
            case PAGE_UP -> new Position(at.row() - page, at.column());
            case PAGE_DOWN -> new Position(at.row() + page, at.column());
            case HOME -> new Position(event.isShortcutDown() ? 0 : at.row(), 0);
            case END -> new Position(event.isShortcutDown() ? matrix.size() - 1 : at.row(), matrix.size() - 1);
            default -> null;
        };
        if (next != null) {
            int last = matrix.size() - 1;
            moveTo(new Position(Math.max(0, Math.min(last, next.row())), Math.max(0, Math.min(last, next.column()))));
            event.consume();
        } else if (switch (event.getCode()) { case ENTER, SPACE -> true; default -> false; }) {
            if (chosen.get() == null) {
                moveTo(at);
            }
            open();
            event.consume();
        }
    }

    /** Puts the cursor on a cell and scrolls it into view. */
    void moveTo(Position position) {
        chosen.set(position);
        double x = position.column() * CELL_WIDTH;
        double y = position.row() * CELL_HEIGHT;
        double viewWidth = canvas.getWidth() - rowHeader;
        double viewHeight = canvas.getHeight() - columnHeader;
        if (x < horizontal.getValue()) {
            scrollTo(horizontal, x);
        } else if (x + CELL_WIDTH > horizontal.getValue() + viewWidth) {
            scrollTo(horizontal, x + CELL_WIDTH - viewWidth);
        }
        if (y < vertical.getValue()) {
            scrollTo(vertical, y);
        } else if (y + CELL_HEIGHT > vertical.getValue() + viewHeight) {
            scrollTo(vertical, y + CELL_HEIGHT - viewHeight);
        }
    }

    /** Lists the passages of the cursor's cell below the matrix. */
    private void open() {
        Position at = chosen.get();
        if (at != null) {
            viewModel.selectPair(at.row(), at.column());
        }
    }

    /** Where a cell is drawn, in this node's coordinates (it may be scrolled out of view). */
    javafx.geometry.Bounds cellBounds(Position position) {
        return new javafx.geometry.BoundingBox(rowHeader + position.column() * CELL_WIDTH - horizontal.getValue(),
                columnHeader + position.row() * CELL_HEIGHT - vertical.getValue(), CELL_WIDTH, CELL_HEIGHT);
    }

    ScrollBar verticalBar() {
        return vertical;
    }

    ScrollBar horizontalBar() {
        return horizontal;
    }
}
