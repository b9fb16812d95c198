package org.grounded.ui.analysis.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.grounded.ui.analysis.AnalysisWindowLayout;
import org.grounded.analysis.citations.CitationCell;
import org.grounded.analysis.citations.CitationColumn;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.RowOrder;
import org.grounded.analysis.citations.SortDirection;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The citations table as a table control: the code indented under its category with its colour,
 * the rank, one count per column and the Total, marked counts highlighted. Clicking a header
 * sorts through the view model (ranks and marks stay); clicking a count chooses its cell.
 */
final class CitationGrid extends TableView<CitationRow> {

    /** What a column of the control stands for. */
    private sealed interface Role permits CodeRole, RankRole, CountRole, TotalRole {
    }

    private record CodeRole() implements Role {
    }

    private record RankRole() implements Role {
    }

    private record CountRole(String key) implements Role {
    }

    private record TotalRole() implements Role {
    }

    private static final double INDENT = 18;

    private final CitationTableViewModel viewModel;
    private final ObservableList<CitationRow> rows = FXCollections.observableArrayList();
    private List<CitationColumn> shownColumns = List.of();
    private boolean syncing;

    CitationGrid(CitationTableViewModel viewModel) {
        this.viewModel = viewModel;
        setId("citations-table");
        getStyleClass().add("citations-table");
        setItems(rows);
        getSelectionModel().setCellSelectionEnabled(true);
        setPlaceholder(AnalysisWindowLayout.placeholder(lang("No table yet: open a project with coded quotations."),
                viewModel.computingProperty(), viewModel.problemProperty()));
        AnalysisWindowLayout.marksUpdating(this, viewModel.computingProperty());
        setSortPolicy(table -> {
            if (!syncing) {
                viewModel.orderProperty().set(orderOfHeaders());
            }
            return true;
        });
        getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) change -> chosen());
        viewModel.tableProperty().addListener((observable, before, after) -> show(after));
        viewModel.selectedCellProperty().addListener((observable, before, after) -> reselect());
        show(viewModel.tableProperty().get());
    }

    private void show(CitationTable counted) {
        // A wide table is drawn on the canvas instead: building its columns here is what froze the window.
        CitationTable table = counted != null && CitationTableView.isWide(counted) ? null : counted;
        syncing = true;
        try {
            List<CitationColumn> columns = table == null ? List.of() : table.columns();
            if (!columns.equals(shownColumns) || getColumns().isEmpty()) {
                rebuildColumns(columns);
                shownColumns = columns;
            }
            rows.setAll(table == null ? List.of() : table.rows());
            showOrder(viewModel.orderProperty().get());
        } finally {
            syncing = false;
        }
        reselect();
    }

    private void rebuildColumns(List<CitationColumn> columns) {
        List<TableColumn<CitationRow, ?>> all = new ArrayList<>();
        TableColumn<CitationRow, CitationRow> code = new TableColumn<>(lang("Code"));
        code.setId("column-code");
        code.setUserData(new CodeRole());
        code.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        code.setCellFactory(column -> new CodeCell());
        code.setPrefWidth(codeColumnWidth());
        code.setMinWidth(160);
        all.add(code);

        TableColumn<CitationRow, Integer> rank = new TableColumn<>(lang("Rank"));
        rank.setId("column-rank");
        rank.setUserData(new RankRole());
        rank.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().rank()));
        rank.setCellFactory(column -> new RankCell());
        // Wide enough for its heading in every language ("Kedudukan" is longer than "Rank"), sort arrow included.
        rank.setPrefWidth(Math.max(58, new javafx.scene.text.Text(rank.getText()).getLayoutBounds().getWidth() + 34));
        rank.getStyleClass().add("number-column");
        all.add(rank);

        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            CitationColumn column = columns.get(i);
            TableColumn<CitationRow, CitationCell> counts = new TableColumn<>(column.label());
            counts.setUserData(new CountRole(column.key()));
            counts.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().cell(index)));
            counts.setCellFactory(c -> new CountCell());
            counts.setPrefWidth(Math.max(64, 8.5 * column.label().length() + 28));
            counts.getStyleClass().add("number-column");
            all.add(counts);
        }

        TableColumn<CitationRow, CitationCell> total = new TableColumn<>(lang("Total"));
        total.setId("column-total");
        total.setUserData(new TotalRole());
        total.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().total()));
        total.setCellFactory(column -> new CountCell());
        total.setPrefWidth(72);
        total.getStyleClass().addAll("number-column", "total-column");
        all.add(total);
        getSortOrder().clear();
        getColumns().setAll(all);
    }

    /** Wide enough for the longest code name at its depth, so names are not cut off (up to a limit). */
    private double codeColumnWidth() {
        double widest = viewModel.table().map(table -> table.rows().stream()
                .mapToDouble(row -> INDENT * row.depth() + 7.6 * row.code().name().length()).max().orElse(0))
                .orElse(0.0);
        return Math.max(220, Math.min(520, widest + 56));
    }

    /** The order the header says: the first sorted column, or the code tree when none is. */
    private RowOrder orderOfHeaders() {
        if (getSortOrder().isEmpty()) {
            return RowOrder.codeTree();
        }
        TableColumn<CitationRow, ?> column = getSortOrder().get(0);
        SortDirection direction = column.getSortType() == TableColumn.SortType.ASCENDING
                ? SortDirection.ASCENDING : SortDirection.DESCENDING;
        Role role = (Role) column.getUserData();
        if (role instanceof CodeRole) {
            return RowOrder.byName(direction);
        }
        if (role instanceof RankRole) {
            // Rank 1 is the largest total.
            return RowOrder.byTotal(direction == SortDirection.ASCENDING ? SortDirection.DESCENDING
                    : SortDirection.ASCENDING);
        }
        if (role instanceof CountRole count) {
            return RowOrder.byColumn(count.key(), direction);
        }
        return RowOrder.byTotal(direction);
    }

    /** Puts the sort arrow where the view model's order says (after the columns were rebuilt). */
    private void showOrder(RowOrder order) {
        Optional<TableColumn<CitationRow, ?>> column = switch (order.key()) {
            case CODE_TREE -> Optional.empty();
            case CODE_NAME -> columnWith(role -> role instanceof CodeRole);
            case TOTAL -> !getSortOrder().isEmpty() && getSortOrder().get(0).getUserData() instanceof RankRole
                    ? Optional.of(getSortOrder().get(0)) : columnWith(role -> role instanceof TotalRole);
            case COLUMN -> columnWith(role -> role instanceof CountRole count && count.key().equals(order.columnKey()));
        };
        if (column.isEmpty()) {
            getSortOrder().clear();
            return;
        }
        if (!getSortOrder().equals(List.of(column.get())) || !orderOfHeaders().equals(order)) {
            boolean rank = column.get().getUserData() instanceof RankRole;
            boolean ascending = order.direction() == SortDirection.ASCENDING != rank;
            column.get().setSortType(ascending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            getSortOrder().setAll(List.of(column.get()));
        }
    }

    private Optional<TableColumn<CitationRow, ?>> columnWith(java.util.function.Predicate<Role> test) {
        return getColumns().stream().filter(column -> test.test((Role) column.getUserData())).findFirst();
    }

    /** A click or a keyboard move chose a cell: show its quotations. */
    private void chosen() {
        if (syncing || getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> position = getSelectionModel().getSelectedCells().get(0);
        if (position.getRow() < 0 || position.getRow() >= rows.size() || position.getTableColumn() == null) {
            return;
        }
        CitationRow row = rows.get(position.getRow());
        Role role = (Role) position.getTableColumn().getUserData();
        CitationCellKey key = role instanceof CountRole count ? CitationCellKey.column(row.code().id(), count.key())
                : CitationCellKey.total(row.code().id());
        if (!key.equals(viewModel.selectedCellProperty().get())) {
            viewModel.selectCell(key);
        }
    }

    /** Keeps the chosen cell selected after the rows were sorted or recounted. */
    private void reselect() {
        CitationCellKey key = viewModel.selectedCellProperty().get();
        syncing = true;
        try {
            if (key == null) {
                getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).code().id().equals(key.codeId())) {
                    Optional<TableColumn<CitationRow, ?>> column = key.columnKey()
                            .map(k -> columnWith(role -> role instanceof CountRole count && count.key().equals(k)))
                            .orElseGet(() -> columnWith(role -> role instanceof TotalRole));
                    if (column.isPresent() && !isSelected(i, column.get())) {
                        getSelectionModel().clearAndSelect(i, column.get());
                    }
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private boolean isSelected(int row, TableColumn<CitationRow, ?> column) {
        return getSelectionModel().getSelectedCells().stream()
                .anyMatch(position -> position.getRow() == row && Objects.equals(position.getTableColumn(), column));
    }

    /** The code's name behind its colour, indented by its depth in the code tree; categories bold. */
    private final class CodeCell extends TableCell<CitationRow, CitationRow> {
        private final Region indent = new Region();
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final HBox box = new HBox(7, indent, swatch, name);

        CodeCell() {
            getStyleClass().add("code-cell");
            swatch.getStyleClass().add("code-swatch");
            name.getStyleClass().add("code-name");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CitationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            indent.setMinWidth(INDENT * row.depth());
            indent.setPrefWidth(INDENT * row.depth());
            swatch.setStyle("-fx-background-color: " + row.code().colour() + ";");
            name.setText(row.code().name());
            name.getStyleClass().remove("category");
            if (viewModel.isCategory(row.code().id())) {
                name.getStyleClass().add("category");
            }
            setTooltip(row.code().description().isEmpty() ? null : new Tooltip(row.code().description()));
            setGraphic(box);
        }
    }

    /** The general position; the top N (as marked) stand out, as a paper gives only those. */
    private final class RankCell extends TableCell<CitationRow, Integer> {
        RankCell() {
            getStyleClass().add("rank-cell");
        }

        @Override
        protected void updateItem(Integer rank, boolean empty) {
            super.updateItem(rank, empty);
            getStyleClass().remove("top-rank");
            setText(empty || rank == null ? null : rank.toString());
            if (!empty && rank != null && viewModel.table().map(table -> rank <= table.top()).orElse(false)) {
                getStyleClass().add("top-rank");
            }
        }
    }

    /** A count with its mark in a slot of its own, so the digits of a column line up. */
    private static final class CountCell extends TableCell<CitationRow, CitationCell> {
        private final Label count = new Label();
        private final Label mark = new Label();
        private final HBox box = new HBox(1, count, mark);

        CountCell() {
            getStyleClass().add("count-cell");
            count.getStyleClass().add("count");
            mark.getStyleClass().add("mark");
            box.setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(CitationCell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeAll("mark-column", "mark-total", "zero");
            if (empty || cell == null) {
                setGraphic(null);
                return;
            }
            count.setText(Integer.toString(cell.count()));
            mark.setText(cell.mark().symbol());
            switch (cell.mark()) {
                case LARGEST_IN_COLUMN -> getStyleClass().add("mark-column");
                case LARGEST_TOTAL -> getStyleClass().add("mark-total");
                case NONE -> {
                    if (cell.count() == 0) {
                        getStyleClass().add("zero");
                    }
                }
            }
            setGraphic(box);
        }
    }
}
