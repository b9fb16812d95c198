package org.grounded.ui.cases;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.grounded.io.cases.CaseImportOptions;
import org.grounded.io.cases.CaseSheet;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.ui.i18n.ChoiceLabels;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The preview of a spreadsheet of cases: the first rows as a table whose column headings hold
 * each column's type and a Skip box, above it the name column, the missing-value codes and a
 * workbook's sheet, below it what the import would do.
 */
public final class CaseImportView extends Dialog<Boolean> {

    private final CaseImportViewModel viewModel;
    private final TableView<CaseSheet.Row> table = new TableView<>();

    public CaseImportView(CaseImportViewModel viewModel) {
        this.viewModel = viewModel;
        boolean participants = viewModel.scope() == AttributeScope.PARTICIPANT;
        setTitle(participants ? lang("Import participants") : lang("Import document attributes"));
        setHeaderText(participants ? lang("%0: one row per participant, one column per attribute", viewModel.source())
                : lang("%0: one row per document, one column per attribute", viewModel.source()));
        setResizable(true);

        ComboBox<String> sheet = new ComboBox<>(viewModel.sheets());
        sheet.setId("cases-sheet");
        sheet.valueProperty().bindBidirectional(viewModel.sheetProperty());
        Label sheetCaption = new Label(lang("Sheet"));
        sheetCaption.setLabelFor(sheet);
        boolean workbook = !viewModel.sheets().isEmpty();
        for (javafx.scene.Node node : List.of(sheet, sheetCaption)) {
            node.setVisible(workbook);
            node.setManaged(workbook);
        }
        ComboBox<String> names = new ComboBox<>(viewModel.header());
        names.setId("cases-name-column");
        names.valueProperty().bindBidirectional(viewModel.nameColumnProperty());
        names.setTooltip(new Tooltip(participants ? lang("The column that names each participant: rows whose name is already in the project update that participant, others add one")
                : lang("The column that names each document of the project")));
        Label namesCaption = new Label(lang("Names in"));
        namesCaption.setLabelFor(names);
        TextField missing = new TextField();
        missing.setId("cases-missing-codes");
        missing.setPromptText("99, 999"); // NON-NLS: numbers
        missing.setPrefColumnCount(10);
        missing.textProperty().bindBidirectional(viewModel.missingCodesProperty());
        missing.setTooltip(new Tooltip(lang("Cell texts that mean no answer, separated by commas. Always missing: an empty cell, %0. Missing values stay missing, never zero.",
                String.join(", ", CaseImportOptions.STANDARD_MISSING.stream().filter(c -> !c.isEmpty()).sorted().toList()))));
        Label missingCaption = new Label(lang("No answer also written as"));
        missingCaption.setLabelFor(missing);
        Label standard = new Label(lang("(empty, NA, n/a, - always are)"));
        standard.getStyleClass().add("details-muted");
        HBox options = new HBox(8, sheetCaption, sheet, namesCaption, names, missingCaption, missing, standard);
        options.setAlignment(Pos.CENTER_LEFT);

        table.setId("cases-preview");
        table.setItems(viewModel.previewRows());
        table.setPlaceholder(new Label(lang("The sheet has no rows below its header.")));
        viewModel.columns().addListener((ListChangeListener<CaseColumnChoice>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                rebuildColumns();
            }
        });
        viewModel.nameColumnProperty().addListener((observable, before, after) -> rebuildColumns());
        viewModel.missingCodesProperty().addListener((observable, before, after) -> table.refresh());
        rebuildColumns();

        Label summary = new Label();
        summary.setId("cases-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label problem = new Label();
        problem.setId("cases-problem");
        problem.getStyleClass().add("problem-label");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        Label hint = new Label(lang("The first %0 rows are shown. Change a column's type in its heading, or tick Skip to leave it out. Importing again updates the values.",
                CaseImportViewModel.PREVIEW_ROWS));
        hint.getStyleClass().add("details-muted");
        hint.setWrapText(true);

        VBox content = new VBox(10, options, table, summary, problem, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(1000, 560);

        ButtonType importButton = new ButtonType(lang("Import"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        getDialogPane().lookupButton(importButton).setId("cases-import");
        getDialogPane().lookupButton(importButton).disableProperty().bind(viewModel.validProperty().not());
        setResultConverter(button -> button == importButton);
    }

    private void rebuildColumns() {
        List<TableColumn<CaseSheet.Row, String>> columns = new ArrayList<>();
        List<CaseColumnChoice> choices = viewModel.columns();
        for (int c = 0; c < choices.size(); c++) {
            int index = c;
            CaseColumnChoice choice = choices.get(c);
            TableColumn<CaseSheet.Row, String> column = new TableColumn<>();
            column.setSortable(false);
            column.setReorderable(false);
            column.setPrefWidth(185);
            // one line per row: a cell's line breaks show as a mark
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                    cell.getValue().cell(index).strip().replaceAll("\\R+", " ↵ ")));
            column.setCellFactory(cells -> new PreviewCell());
            column.setGraphic(heading(choice, choice.name().equals(viewModel.nameColumnProperty().get())));
            columns.add(column);
        }
        table.getColumns().setAll(columns);
    }

    /** The column's name, and its type and Skip box (the name column says it names the cases). */
    private VBox heading(CaseColumnChoice choice, boolean isName) {
        Label name = new Label(choice.name());
        name.getStyleClass().add("item-title");
        VBox box = new VBox(3, name);
        box.getStyleClass().add("cases-heading");
        if (isName) {
            Label names = new Label(viewModel.scope() == AttributeScope.PARTICIPANT ? lang("names the participants")
                    : lang("names the documents"));
            names.getStyleClass().add("details-muted");
            box.getChildren().add(names);
            return box;
        }
        ComboBox<AttributeType> type = new ComboBox<>(FXCollections.observableArrayList(AttributeType.values()));
        type.setId("cases-type-" + choice.name());
        type.getStyleClass().add("cases-type");
        type.setConverter(ChoiceLabels.of(CaseImportView::label));
        type.valueProperty().bindBidirectional(choice.typeProperty());
        type.setPrefWidth(110);
        type.setTooltip(new Tooltip(lang("Guessed from the values: %0", label(choice.guessed()))));
        CheckBox skip = new CheckBox(lang("Skip"));
        skip.setId("cases-skip-" + choice.name());
        skip.selectedProperty().bindBidirectional(choice.skippedProperty());
        type.disableProperty().bind(skip.selectedProperty());
        skip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox controls = new HBox(6, type, skip);
        controls.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(controls);
        return box;
    }

    /** A cell of the preview; one that counts as no answer is shown as such. */
    private final class PreviewCell extends javafx.scene.control.TableCell<CaseSheet.Row, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().remove("cases-missing");
            if (empty || text == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            boolean missing = viewModel.isMissing(text);
            setText(missing && text.isBlank() ? lang("(empty)") : text);
            if (missing) {
                getStyleClass().add("cases-missing");
            }
        }
    }

    static String label(AttributeType type) {
        return switch (type) {
            case NUMBER -> lang("number");
            case DATE -> lang("date");
            case CATEGORY -> lang("category");
            case TEXT -> lang("text");
        };
    }
}
