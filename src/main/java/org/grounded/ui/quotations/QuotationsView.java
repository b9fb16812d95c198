package org.grounded.ui.quotations;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.grounded.ui.quotations.QuotationsViewModel.QuotationRow;

import static org.grounded.ui.i18n.Localization.lang;

/** The quotations of the shown document (the Quotations tab); choosing one selects its passage in the viewer. */
public final class QuotationsView extends VBox {

    private final QuotationsViewModel viewModel;
    private final TableView<QuotationRow> table;
    private boolean syncing;
    /** The selected row changed while the table was hidden (another tab in front): scroll to it when shown. */
    private boolean scrollWhenShown;

    public QuotationsView(QuotationsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("quotations-view");
        table = new TableView<>(viewModel.rows());
        table.setId("quotation-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(lang("No quotations in this document yet."));
        placeholder.getStyleClass().add("placeholder");
        table.setPlaceholder(placeholder);

        TableColumn<QuotationRow, String> position = column(lang("Where"), 64, QuotationRow::position);
        position.setMinWidth(60);
        position.setMaxWidth(80);
        TableColumn<QuotationRow, QuotationRow> codes = new TableColumn<>(lang("Codes"));
        codes.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        codes.setCellFactory(column -> new CodesCell());
        codes.setPrefWidth(130);
        codes.setMinWidth(90);
        TableColumn<QuotationRow, String> text = column(lang("Text"), 220, QuotationRow::excerpt);
        table.getColumns().add(position);
        table.getColumns().add(codes);
        table.getColumns().add(text);

        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            // Replacing the rows after an edit empties the selection for a moment: only the user clears it.
            if (!syncing && (after != null || table.isFocused())) {
                viewModel.select(after == null ? null : after.id());
            }
        });
        viewModel.selectedQuotationProperty().addListener((observable, before, after) -> reselect());
        viewModel.rows().addListener((ListChangeListener<QuotationRow>) change -> reselect());
        // A tab pane hides the tabs behind by hiding the region that holds each tab's content.
        ChangeListener<Boolean> shownAgain = (observable, was, visible) -> {
            if (visible && scrollWhenShown && shown()) {
                scrollWhenShown = false;
                scrollToSelected();
            }
        };
        parentProperty().addListener((observable, before, after) -> {
            if (before != null) {
                before.visibleProperty().removeListener(shownAgain);
            }
            if (after != null) {
                after.visibleProperty().addListener(shownAgain);
            }
        });
        visibleProperty().addListener(shownAgain);

        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(table);
    }

    private void reselect() {
        UUID selected = viewModel.selectedQuotationProperty().get();
        syncing = true;
        try {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (Objects.equals(table.getItems().get(i).id(), selected)) {
                    // Scroll only when the choice came from elsewhere; a clicked row is already in view.
                    if (table.getSelectionModel().getSelectedIndex() != i) {
                        table.getSelectionModel().select(i);
                        // Scrolling lays the table's rows out at once: not while it is hidden (a
                        // quotation coded in the viewer while another tab is in front).
                        if (shown()) {
                            scrollToSelected();
                        } else {
                            scrollWhenShown = true;
                        }
                    }
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private void scrollToSelected() {
        int row = table.getSelectionModel().getSelectedIndex();
        if (row >= 0) {
            table.scrollTo(Math.max(0, row - 2));
        }
    }

    /** Whether the table is in a window and neither it nor anything holding it is hidden. */
    private boolean shown() {
        for (Node node = table; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return table.getScene() != null;
    }

    private static TableColumn<QuotationRow, String> column(String title, double width,
                                                          Function<QuotationRow, String> value) {
        TableColumn<QuotationRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The codes of a quotation behind a swatch of the first code's colour. */
    private static final class CodesCell extends TableCell<QuotationRow, QuotationRow> {
        private final Region swatch = new Region();
        private final Label names = new Label();
        private final HBox box = new HBox(6, swatch, names);
        /** One tooltip per cell, given each row's text: a new one per row cost a coding action more than the rest of the row. */
        private final javafx.scene.control.Tooltip tooltip = new javafx.scene.control.Tooltip();
        private String swatchColour;

        CodesCell() {
            swatch.getStyleClass().add("code-swatch");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(QuotationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            // Rows shift into other cells after every insertion: only a new colour is parsed again.
            if (!row.colour().equals(swatchColour)) {
                swatchColour = row.colour();
                swatch.setStyle("-fx-background-color: " + row.colour() + ";");
            }
            names.setText(row.codes());
            tooltip.setText(row.codes());
            if (getTooltip() != tooltip) {
                setTooltip(tooltip);
            }
            setGraphic(box);
        }
    }
}
