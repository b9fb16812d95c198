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

    private static final Color DIAGONAL = Color.web("#eceef1");
    private static final Color BELOW_THRESHOLD = Color.web("#f3f4f6");
    private static final Color BELOW_THRESHOLD_TEXT = Color.web("#b7bcc2");

    private final CooccurrenceViewModel viewModel;
    private CooccurrenceMatrix matrix;
    private double rowHeader;
    /** The names as they fit their header, computed when first painted. */
    private String[] rowLabels = new String[0];
    private Color[] swatches = new Color[0];

    MatrixCanvas(CooccurrenceViewModel viewModel) {
        super("cooccurrence-matrix", CELL_WIDTH, CELL_HEIGHT,
                AnalysisWindowLayout.placeholder(Localization.lang("No matrix yet: open a project with coded quotations."),
                        viewModel.computingProperty()), viewModel.computingProperty());
        this.viewModel = viewModel;
        viewModel.matrixProperty().addListener((observable, before, after) -> show(after));
        viewModel.measureProperty().addListener((observable, before, after) -> paint());
        viewModel.thresholdProperty().addListener((observable, before, after) -> paint());
        viewModel.largestProperty().addListener((observable, before, after) -> paint());
        show(viewModel.matrixProperty().get());
    }

    private void show(CooccurrenceMatrix shown) {
        matrix = shown;
        int size = shown == null ? 0 : shown.size();
        rowLabels = new String[size];
        swatches = new Color[size];
        double columnHeader = 0;
        if (shown != null) {
            int longest = shown.codes().stream().mapToInt(code -> code.name().length()).max().orElse(4);
            rowHeader = Math.min(ROW_HEADER_MAX, 2 * PAD + SWATCH + 6 + 7.0 * Math.max(longest, 4));
            columnHeader = Math.min(COLUMN_HEADER_MAX, 2 * PAD + 6.5 * Math.max(longest, 4));
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
        MatrixCell cell = viewModel.cell(position.row(), position.column());
        Color background = switch (cell.kind()) {
            case DIAGONAL -> DIAGONAL;
            case UNDEFINED -> Color.WHITE;
            case VALUE -> cell.text().isEmpty() ? Color.WHITE
                    : cell.belowThreshold() ? BELOW_THRESHOLD : HeatColours.colour(cell.share());
        };
        Color text = cell.kind() == MatrixCell.Kind.UNDEFINED ? MUTED
                : cell.belowThreshold() ? BELOW_THRESHOLD_TEXT
                : HeatColours.needsLightText(cell.share()) ? Color.WHITE : TEXT;
        fillCell(g, background, cell.text(), text,
                cell.kind() == MatrixCell.Kind.UNDEFINED ? italicCellFont : cellFont, x, y, width, height);
    }

    @Override
    protected void paintRowHeader(GraphicsContext g, int row, double y, double width, double height) {
        if (swatches[row] == null) {
            swatches[row] = colourOf(matrix.codes().get(row).colour());
        }
        if (rowLabels[row] == null) {
            rowLabels[row] = fitted(matrix.codes().get(row).name(), rowHeader - PAD - SWATCH - 6 - PAD, headerFont);
        }
        g.setFill(swatches[row]);
        g.fillRect(PAD, y + (height - SWATCH) / 2, SWATCH, SWATCH);
        g.setFill(TEXT);
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
