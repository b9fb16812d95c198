package org.grounded.ui.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.grounded.ui.analysis.AnalysisWindowLayout;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.model.Code;

/**
 * The co-occurrence matrix as a table control: one row and one column per code (column headings
 * turned upright so the columns stay as narrow as their numbers), cells coloured by value.
 * Clicking a cell chooses it for the drill-down.
 */
final class MatrixGrid extends TableView<Integer> {

    /** Upright headings longer than this end in "…" (the row keeps the full name). */
    static final int HEADING_LENGTH = 26;

    private final CooccurrenceViewModel viewModel;
    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private boolean syncing;

    MatrixGrid(CooccurrenceViewModel viewModel) {
        this.viewModel = viewModel;
        setId("cooccurrence-matrix");
        getStyleClass().add("matrix-table");
        setItems(rows);
        getSelectionModel().setCellSelectionEnabled(true);
        setPlaceholder(AnalysisWindowLayout.placeholder("No matrix yet: open a project with coded quotations.",
                viewModel.computingProperty()));
        AnalysisWindowLayout.marksUpdating(this, viewModel.computingProperty());
        viewModel.matrixProperty().addListener((observable, before, after) -> show(after));
        viewModel.thresholdProperty().addListener((observable, before, after) -> refresh());
        viewModel.measureProperty().addListener((observable, before, after) -> refresh());
        getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) change -> chosen());
        show(viewModel.matrixProperty().get());
    }

    private void show(CooccurrenceMatrix matrix) {
        syncing = true;
        try {
            getSelectionModel().clearSelection();
            List<TableColumn<Integer, ?>> columns = new ArrayList<>();
            if (matrix != null) {
                TableColumn<Integer, Integer> code = new TableColumn<>("Code");
                code.setId("matrix-code");
                code.setSortable(false);
                code.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
                code.setCellFactory(column -> new CodeCell(matrix.codes()));
                code.setPrefWidth(Math.min(320, 40 + 7.2 * matrix.codes().stream()
                        .mapToInt(c -> c.name().length()).max().orElse(10)));
                columns.add(code);
                for (int i = 0; i < matrix.size(); i++) {
                    columns.add(valueColumn(matrix.codes().get(i), i));
                }
            }
            getColumns().setAll(columns);
            rows.setAll(matrix == null ? List.of() : IntStream.range(0, matrix.size()).boxed().toList());
            viewModel.selectedPair().filter(pair -> pair[1] + 1 < getColumns().size())
                    .ifPresent(pair -> getSelectionModel().clearAndSelect(pair[0], getColumns().get(pair[1] + 1)));
        } finally {
            syncing = false;
        }
    }

    private TableColumn<Integer, Integer> valueColumn(Code code, int index) {
        TableColumn<Integer, Integer> column = new TableColumn<>();
        column.setSortable(false);
        column.setReorderable(false);
        Label heading = new Label(shortened(code.name()));
        heading.setRotate(-90);
        heading.getStyleClass().add("matrix-heading");
        heading.setTooltip(new Tooltip(code.name()));
        column.setGraphic(new Group(heading));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new ValueCell(index));
        column.setPrefWidth(48);
        column.setMinWidth(40);
        return column;
    }

    static String shortened(String name) {
        return name.length() <= HEADING_LENGTH ? name : name.substring(0, HEADING_LENGTH - 1).stripTrailing() + "…";
    }

    private void chosen() {
        if (syncing || getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> position = getSelectionModel().getSelectedCells().get(0);
        int column = getColumns().indexOf(position.getTableColumn()) - 1;
        if (position.getRow() >= 0 && column >= 0) {
            viewModel.selectPair(position.getRow(), column);
        }
    }

    private static final class CodeCell extends TableCell<Integer, Integer> {
        private final List<Code> codes;
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final HBox box = new HBox(7, swatch, name);

        CodeCell(List<Code> codes) {
            this.codes = codes;
            swatch.getStyleClass().add("code-swatch");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Code code = codes.get(row);
            swatch.setStyle("-fx-background-color: " + code.colour() + ";");
            name.setText(code.name());
            setGraphic(box);
        }
    }

    /** A value on its heat colour; greyed below the threshold; blank on the diagonal. */
    private final class ValueCell extends TableCell<Integer, Integer> {
        private final int column;

        ValueCell(int column) {
            this.column = column;
            getStyleClass().add("matrix-cell");
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("diagonal", "below-threshold", "undefined", "light-text", "zero");
            if (empty || row == null || viewModel.matrixProperty().get() == null) {
                setText(null);
                setStyle("");
                return;
            }
            MatrixCell cell = viewModel.cell(row, column);
            setText(cell.text());
            switch (cell.kind()) {
                case DIAGONAL -> getStyleClass().add("diagonal");
                case UNDEFINED -> getStyleClass().add("undefined");
                case VALUE -> {
                    if (cell.text().isEmpty()) {
                        getStyleClass().add("zero");
                    } else if (cell.belowThreshold()) {
                        getStyleClass().add("below-threshold");
                    } else if (HeatColours.needsLightText(cell.share())) {
                        getStyleClass().add("light-text");
                    }
                }
            }
            setStyle(cell.hidden() ? "" : "-fx-background-color: " + HeatColours.fill(cell.share()) + ";");
        }
    }
}
