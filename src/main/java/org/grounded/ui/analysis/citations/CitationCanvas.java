package org.grounded.ui.analysis.citations;

import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.grounded.analysis.citations.CitationCell;
import org.grounded.analysis.citations.CitationColumn;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.Mark;
import org.grounded.analysis.citations.RowOrder;
import org.grounded.analysis.citations.SortDirection;
import org.grounded.ui.analysis.AnalysisWindowLayout;
import org.grounded.ui.analysis.CellCanvas;
import org.grounded.ui.i18n.Localization;

/**
 * The citations table when it has many columns (one per participant, say 200), painted on one
 * canvas ({@link CellCanvas}): a table control virtualises rows, not columns, so it made a styled
 * cell for every column of every visible row and froze the window for half a minute. The look is
 * the table's: the rank and the code (indented, categories bold, with its colour) frozen at the
 * left, the counts with their marks in a slot of their own, the marked counts shaded, the Total
 * last. A click, Enter or Space lists the cell's quotations; a click on a header sorts.
 */
final class CitationCanvas extends CellCanvas {

    static final double CELL_WIDTH = 62;
    static final double CELL_HEIGHT = 26;
    private static final double RANK = 30;
    private static final double INDENT = 18;
    private static final double MARK = 14;
    private static final double ROW_HEADER_MAX = 380;
    private static final double COLUMN_HEADER_MAX = 150;

    private final CitationTableViewModel viewModel;
    private CitationTable table;
    private double rowHeader;
    private String[] rowLabels = new String[0];
    private Color[] swatches = new Color[0];

    CitationCanvas(CitationTableViewModel viewModel) {
        super("citations-canvas", CELL_WIDTH, CELL_HEIGHT,
                AnalysisWindowLayout.placeholder(Localization.lang("No table yet: open a project with coded quotations."),
                        viewModel.computingProperty(), viewModel.problemProperty()), viewModel.computingProperty());
        this.viewModel = viewModel;
        getStyleClass().add("citations-canvas");
        viewModel.selectedCellProperty().addListener((observable, before, after) -> follow(after));
    }

    /** Shows a counted table (or none). */
    void show(CitationTable shown) {
        table = shown;
        int rows = rowCount();
        rowLabels = new String[rows];
        swatches = new Color[rows];
        double columnHeader = 0;
        if (shown != null) {
            double widest = shown.rows().stream()
                    .mapToDouble(row -> INDENT * row.depth() + 7.0 * row.code().name().length()).max().orElse(28);
            double scale = scale();
            rowHeader = Math.round(Math.min(ROW_HEADER_MAX, RANK + PAD + SWATCH + 6 + Math.max(widest, 28) + PAD) * scale);
            int longest = shown.columns().stream().mapToInt(column -> column.label().length()).max().orElse(5);
            columnHeader = Math.round(Math.min(COLUMN_HEADER_MAX, 2 * PAD + 6.5 * Math.max(longest + 2, 7)) * scale);
        }
        shown(shown == null, rowHeader, columnHeader, position(viewModel.selectedCellProperty().get()).orElse(null));
    }

    @Override
    protected void lookChangedTo() {
        show(table);
    }

    /** Where a cell of the model is in the grid now (the Total is the last column). */
    Optional<Position> position(CitationCellKey key) {
        if (key == null || table == null) {
            return Optional.empty();
        }
        List<CitationRow> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().id().equals(key.codeId())) {
                int row = i;
                return key.columnKey().isEmpty() ? Optional.of(new Position(row, table.columns().size()))
                        : table.columnIndex(key.columnKey().get()).map(column -> new Position(row, column));
            }
        }
        return Optional.empty();
    }

    private CitationCellKey keyOf(Position position) {
        CitationRow row = table.rows().get(position.row());
        return position.column() == table.columns().size() ? CitationCellKey.total(row.code().id())
                : CitationCellKey.column(row.code().id(), table.columns().get(position.column()).key());
    }

    private void follow(CitationCellKey key) {
        Optional<Position> at = position(key);
        if (at.isPresent() && !at.get().equals(chosenCellProperty().get())) {
            moveTo(at.get());
        }
    }

    @Override
    protected int rowCount() {
        return table == null ? 0 : table.rows().size();
    }

    @Override
    protected int columnCount() {
        return table == null ? 0 : table.columns().size() + 1;
    }

    private boolean isTotal(int column) {
        return column == table.columns().size();
    }

    private CitationCell cell(Position position) {
        CitationRow row = table.rows().get(position.row());
        return isTotal(position.column()) ? row.total() : row.cell(position.column());
    }

    @Override
    protected void paintCell(GraphicsContext g, Position position, double x, double y, double width, double height) {
        CitationCell cell = cell(position);
        boolean total = isTotal(position.column());
        Palette look = palette();
        Color background = switch (cell.mark()) {
            case LARGEST_IN_COLUMN -> look.markColumn();
            case LARGEST_TOTAL -> look.markTotal();
            case NONE -> total ? look.totalBackground() : look.surface();
        };
        boolean bold = total || cell.mark() != Mark.NONE;
        Color text = cell.count() == 0 && !total ? look.zeroText() : look.text();
        g.setFill(background);
        g.fillRect(x, y, width, height);
        fillCell(g, background, Integer.toString(cell.count()), text, bold ? boldCellFont : cellFont,
                x, y, width - MARK * scale(), height);
        if (!cell.mark().symbol().isEmpty()) {
            g.setFill(cell.mark() == Mark.LARGEST_TOTAL ? look.markTotalText() : look.mark());
            g.setFont(boldCellFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(cell.mark().symbol(), x + width - (MARK + 7) * scale(), y + height / 2);
        }
    }

    @Override
    protected void paintRowHeader(GraphicsContext g, int row, double y, double width, double height) {
        CitationRow shown = table.rows().get(row);
        boolean category = viewModel.isCategory(shown.code().id());
        double rank = RANK * scale();
        double indent = Math.min(INDENT * scale() * shown.depth(), width / 3);
        double nameAt = rank + PAD + indent + SWATCH + 6;
        if (swatches[row] == null) {
            swatches[row] = swatchOf(shown.code().colour());
        }
        if (rowLabels[row] == null) {
            rowLabels[row] = fitted(shown.code().name(), width - nameAt - PAD, category ? boldHeaderFont : headerFont);
        }
        boolean top = shown.rank() <= table.top();
        g.setFill(top ? palette().text() : palette().muted());
        g.setFont(top ? boldHeaderFont : headerFont);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Integer.toString(shown.rank()), rank, y + height / 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(swatches[row]);
        g.fillRect(rank + PAD + indent, y + (height - SWATCH) / 2, SWATCH, SWATCH);
        g.setFill(palette().text());
        g.setFont(category ? boldHeaderFont : headerFont);
        g.fillText(rowLabels[row], nameAt, y + height / 2);
    }

    @Override
    protected String columnName(int column) {
        return isTotal(column) ? Localization.lang("Total") : table.columns().get(column).label();
    }

    /** The sorted column's header ends in an arrow; the text is turned left, so ◀ reads as ▼ (largest first). */
    @Override
    protected String columnHeaderText(int column) {
        RowOrder order = viewModel.orderProperty().get();
        boolean sorted = isTotal(column) ? order.key() == RowOrder.Key.TOTAL
                : order.key() == RowOrder.Key.COLUMN && table.columns().get(column).key().equals(order.columnKey());
        return !sorted ? columnName(column)
                : columnName(column) + (order.direction() == SortDirection.ASCENDING ? " ▶" : " ◀");
    }

    @Override
    protected String rowName(int row) {
        CitationRow shown = table.rows().get(row);
        return shown.code().description().isEmpty() ? shown.code().name()
                : shown.code().name() + "\n" + shown.code().description();
    }

    @Override
    protected String describe(Position cell) {
        return viewModel.describe(keyOf(cell)).orElse("");
    }

    @Override
    protected void open(Position cell) {
        viewModel.selectCell(keyOf(cell));
    }

    @Override
    protected String cornerText() {
        return Localization.lang("Rank · Code");
    }

    /** Sorts by the column, largest first; a second click smallest first; a third back to the code tree. */
    @Override
    protected void columnHeaderClicked(int column) {
        RowOrder order = viewModel.orderProperty().get();
        boolean total = isTotal(column);
        String key = total ? null : table.columns().get(column).key();
        boolean same = total ? order.key() == RowOrder.Key.TOTAL
                : order.key() == RowOrder.Key.COLUMN && key.equals(order.columnKey());
        RowOrder next;
        if (!same) {
            next = total ? RowOrder.byTotal(SortDirection.DESCENDING) : RowOrder.byColumn(key, SortDirection.DESCENDING);
        } else if (order.direction() == SortDirection.DESCENDING) {
            next = total ? RowOrder.byTotal(SortDirection.ASCENDING) : RowOrder.byColumn(key, SortDirection.ASCENDING);
        } else {
            next = RowOrder.codeTree();
        }
        viewModel.orderProperty().set(next);
    }

    /** The columns shown (a test reads them). */
    List<CitationColumn> columns() {
        return table == null ? List.of() : table.columns();
    }
}
