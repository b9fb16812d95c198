package org.grounded.ui.analysis.cooccurrence;

import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.ui.analysis.AnalysisWindowLayout;
import org.grounded.ui.analysis.CellCanvas;
import org.grounded.ui.i18n.Localization;

/**
 * The co-occurrence matrix painted on one canvas ({@link CellCanvas}): a 500 × 500 matrix is
 * 250,000 cells; as table cells each one was a node with its own style to parse, which froze the
 * window for seconds. Here a change of measure, threshold or scroll position repaints the few
 * hundred cells in view, and nothing else. The line under the matrix says the cursor's codes and
 * value; a click or Enter lists the cell's passages below.
 */
final class MatrixCanvas extends CellCanvas {

    static final double CELL_WIDTH = 48;
    static final double CELL_HEIGHT = 26;
    private static final double ROW_HEADER_MAX = 240;
    private static final double COLUMN_HEADER_MAX = 170;

    private final CooccurrenceViewModel viewModel;
    private CooccurrenceMatrix matrix;
    private double rowHeader;
    /** The names as they fit their header, computed when first painted. */
    private String[] rowLabels = new String[0];
    private Color[] swatches = new Color[0];
    /**
     * The cells as shown, made when first painted and kept until the matrix, the measure, the
     * threshold or the scale changes: a scroll then formats no number again (issue 21).
     */
    private MatrixCell[] cells = new MatrixCell[0];

    MatrixCanvas(CooccurrenceViewModel viewModel) {
        super("cooccurrence-matrix", CELL_WIDTH, CELL_HEIGHT,
                AnalysisWindowLayout.placeholder(Localization.lang("No matrix yet: open a project with coded quotations."),
                        viewModel.computingProperty(), viewModel.problemProperty()), viewModel.computingProperty());
        this.viewModel = viewModel;
        viewModel.matrixProperty().addListener((observable, before, after) -> show(after));
        viewModel.measureProperty().addListener((observable, before, after) -> repaintCells());
        viewModel.thresholdProperty().addListener((observable, before, after) -> repaintCells());
        viewModel.largestProperty().addListener((observable, before, after) -> repaintCells());
        show(viewModel.matrixProperty().get());
    }

    private void repaintCells() {
        cells = new MatrixCell[cells.length];
        paint();
    }

    @Override
    protected void lookChangedTo() {
        show(matrix);
    }

    private void show(CooccurrenceMatrix shown) {
        matrix = shown;
        int size = shown == null ? 0 : shown.size();
        rowLabels = new String[size];
        swatches = new Color[size];
        cells = new MatrixCell[size * size];
        double columnHeader = 0;
        if (shown != null) {
            int longest = shown.codes().stream().mapToInt(code -> code.name().length()).max().orElse(4);
            double scale = scale();
            rowHeader = Math.round(Math.min(ROW_HEADER_MAX, 2 * PAD + SWATCH + 6 + 7.0 * Math.max(longest, 4)) * scale);
            columnHeader = Math.round(Math.min(COLUMN_HEADER_MAX, 2 * PAD + 6.5 * Math.max(longest, 4)) * scale);
        }
        Position kept = viewModel.selectedPair().map(pair -> new Position(pair[0], pair[1]))
                .or(() -> Optional.ofNullable(chosenCellProperty().get())).orElse(null);
        shown(shown == null, rowHeader, columnHeader, kept);
    }

    @Override
    protected int rowCount() {
        return matrix == null ? 0 : matrix.size();
    }

    @Override
    protected int columnCount() {
        return rowCount();
    }

    @Override
    protected void paintCell(GraphicsContext g, Position position, double x, double y, double width, double height) {
        int index = position.row() * matrix.size() + position.column();
        MatrixCell cell = cells[index];
        if (cell == null) {
            cell = viewModel.cell(position.row(), position.column());
            cells[index] = cell;
        }
        Palette look = palette();
        Color background = switch (cell.kind()) {
            case DIAGONAL -> look.diagonal();
            case UNDEFINED -> look.surface();
            case VALUE -> cell.text().isEmpty() ? look.surface()
                    : cell.belowThreshold() ? look.belowThreshold() : look.heat(cell.share());
        };
        Color text = cell.kind() == MatrixCell.Kind.UNDEFINED ? look.muted()
                : cell.belowThreshold() ? look.belowThresholdText() : look.textOn(background);
        fillCell(g, background, cell.text(), text,
                cell.kind() == MatrixCell.Kind.UNDEFINED ? italicCellFont : cellFont, x, y, width, height);
    }

    @Override
    protected void paintRowHeader(GraphicsContext g, int row, double y, double width, double height) {
        if (swatches[row] == null) {
            swatches[row] = swatchOf(matrix.codes().get(row).colour());
        }
        if (rowLabels[row] == null) {
            rowLabels[row] = fitted(matrix.codes().get(row).name(), rowHeader - PAD - SWATCH - 6 - PAD, headerFont);
        }
        g.setFill(swatches[row]);
        g.fillRect(PAD, y + (height - SWATCH) / 2, SWATCH, SWATCH);
        g.setFill(palette().text());
        g.fillText(rowLabels[row], PAD + SWATCH + 6, y + height / 2);
    }

    @Override
    protected String columnName(int column) {
        return matrix.codes().get(column).name();
    }

    @Override
    protected String rowName(int row) {
        return matrix.codes().get(row).name();
    }

    @Override
    protected String describe(Position cell) {
        return viewModel.describe(cell.row(), cell.column());
    }

    @Override
    protected void open(Position cell) {
        viewModel.selectPair(cell.row(), cell.column());
    }

    @Override
    protected String cornerText() {
        return Localization.lang("Code");
    }

    @Override
    protected Position firstCell() {
        return new Position(0, Math.min(1, rowCount() - 1));
    }
}
