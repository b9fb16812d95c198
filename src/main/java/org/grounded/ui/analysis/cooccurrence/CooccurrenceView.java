package org.grounded.ui.analysis.cooccurrence;

import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.grounded.ui.analysis.Figures;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.ui.analysis.AnalysisWindowLayout;
import org.grounded.ui.analysis.Combos;
import org.grounded.ui.common.CoderChoice;
import org.grounded.ui.analysis.ExportBar;

import static org.grounded.ui.i18n.Localization.lang;

/** The co-occurrence window's content: options, the heat-map matrix and the passages of a chosen cell. */
public final class CooccurrenceView extends BorderPane {

    public CooccurrenceView(CooccurrenceViewModel viewModel) {
        getStyleClass().addAll("analysis-view", "cooccurrence-view");
        CooccurrenceOptions options = viewModel.options();

        ToggleGroup measures = new ToggleGroup();
        RadioButton counts = new RadioButton(lang("Counts"));
        counts.setId("cooccurrence-counts");
        counts.setUserData(CooccurrenceMeasure.COUNT);
        RadioButton coefficients = new RadioButton(lang("c-coefficient"));
        coefficients.setId("cooccurrence-coefficients");
        coefficients.setUserData(CooccurrenceMeasure.C_COEFFICIENT);
        Combos.tip(coefficients, lang("n(A,B) / (n(A) + n(B) − n(A,B)): how strongly two codes go together, 0 to 1"));
        counts.setToggleGroup(measures);
        coefficients.setToggleGroup(measures);
        measures.selectToggle(viewModel.measureProperty().get() == CooccurrenceMeasure.COUNT ? counts : coefficients);
        measures.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.measureProperty().set((CooccurrenceMeasure) after.getUserData());
            }
        });

        ComboBox<CodeScope> scope = Combos.of("cooccurrence-scope", FXCollections.observableArrayList(CodeScope.values()),
                options.scopeProperty(), CodeScope::label);
        var codeGroup = Combos.of("cooccurrence-code-group", options.codeGroups(), options.codeGroupProperty(),
                choice -> choice.label());
        codeGroup.visibleProperty().bind(options.scopeProperty().isEqualTo(CodeScope.GROUP));
        codeGroup.managedProperty().bind(codeGroup.visibleProperty());
        MenuButton chosen = codePicker(options);
        chosen.visibleProperty().bind(options.scopeProperty().isEqualTo(CodeScope.CHOSEN));
        chosen.managedProperty().bind(chosen.visibleProperty());
        var documents = Combos.of("cooccurrence-document-group", options.documentGroups(),
                options.documentGroupProperty(), choice -> choice.label());

        Slider threshold = new Slider(0, 1, 0);
        threshold.setId("cooccurrence-threshold");
        threshold.setPrefWidth(160);
        threshold.maxProperty().bind(Bindings.max(viewModel.largestProperty(), 1));
        threshold.valueProperty().bindBidirectional(viewModel.thresholdProperty());
        // Counts are whole numbers: the slider steps by one; c-coefficients by 0.05.
        threshold.snapToTicksProperty().bind(viewModel.measureProperty().isEqualTo(CooccurrenceMeasure.COUNT));
        threshold.majorTickUnitProperty().bind(Bindings.when(viewModel.measureProperty()
                .isEqualTo(CooccurrenceMeasure.COUNT)).then(1.0).otherwise(0.05));
        threshold.setMinorTickCount(0);
        threshold.blockIncrementProperty().bind(threshold.majorTickUnitProperty());
        Label thresholdValue = new Label();
        thresholdValue.setMinWidth(36);
        thresholdValue.textProperty().bind(Bindings.createStringBinding(
                () -> Figures.twoPlaces(viewModel.thresholdProperty().get()), viewModel.thresholdProperty()));
        Combos.tip(threshold, lang("Grey out the cells below this value"));

        FlowPane bar = new FlowPane(22, 8,
                group(Combos.caption(lang("Show")), counts, coefficients),
                group(Combos.caption(lang("Codes")), scope, codeGroup, chosen),
                group(Combos.caption(lang("Documents")), documents),
                coderChoice(viewModel),
                group(Combos.caption(lang("Hide below")), threshold, thresholdValue));
        bar.getStyleClass().add("analysis-options");
        bar.setPrefWrapLength(880);
        bar.setAlignment(Pos.CENTER_LEFT);
        ExportBar exports = new ExportBar("cooccurrence", CooccurrenceViewModel.EXPORT_FORMATS, viewModel::export,
                viewModel::copy, viewModel.matrixProperty().isNotNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox top = new HBox(16, bar, spacer, exports);
        top.getStyleClass().add("analysis-top");
        setTop(top);

        MatrixCanvas grid = new MatrixCanvas(viewModel);
        Label cell = new Label();
        cell.setId("cooccurrence-cell");
        cell.getStyleClass().add("matrix-cursor-line");
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.textProperty().bind(Bindings.createStringBinding(() -> {
            MatrixCanvas.Position at = grid.chosenCellProperty().get();
            return at == null ? "" : viewModel.describe(at.row(), at.column());
        }, grid.chosenCellProperty(), viewModel.matrixProperty(), viewModel.measureProperty(),
                viewModel.thresholdProperty()));
        grid.accessibleTextProperty().bind(cell.textProperty());
        VBox matrixPane = AnalysisWindowLayout.withLegend(new VBox(grid, cell), "cooccurrence-legend",
                Bindings.createStringBinding(() -> viewModel.legend() + ". "
                        + lang("Colours are scaled to the largest value off the diagonal. Click a cell, or move with the arrow keys and press Enter, to read its passages."),
                        viewModel.measureProperty()));
        VBox.setVgrow(grid, Priority.ALWAYS);

        VBox drillDown = AnalysisWindowLayout.drillDown("cooccurrence-pair-title", viewModel.pairTitleProperty(),
                lang("Overlapping passages"), "cooccurrence-pairs", viewModel.pairs(),
                lang("Click a cell of the matrix to read the passages where the two codes overlap. Double-click one to show it in the transcript."),
                viewModel::open);
        setCenter(AnalysisWindowLayout.resultAbove(matrixPane, drillDown, viewModel.pairs()));
        setBottom(AnalysisWindowLayout.statusLine("cooccurrence-status", viewModel));
    }

    /**
     * A drop-down of every code with a tick box, in the code tree's order; it stays open while
     * ticking. The boxes are made when the list opens, not with the window: a study of 500 codes
     * made 500 tick boxes on the JavaFX thread while the window was built (issue 21).
     */
    private static MenuButton codePicker(CooccurrenceOptions options) {
        MenuButton picker = new MenuButton();
        picker.setId("cooccurrence-codes");
        boolean[] filled = {false};
        Runnable fill = () -> {
            filled[0] = true;
            picker.getItems().clear();
            for (CooccurrenceOptions.CodeChoice code : options.codes()) {
                CheckBox box = new CheckBox(code.name());
                box.setSelected(options.chosenCodes().contains(code.id()));
                box.setPadding(new javafx.geometry.Insets(0, 0, 0, 16 * code.depth()));
                UUID id = code.id();
                box.selectedProperty().addListener((observable, before, after) -> {
                    if (after) {
                        options.chosenCodes().add(id);
                    } else {
                        options.chosenCodes().remove(id);
                    }
                });
                CustomMenuItem item = new CustomMenuItem(box, false);
                picker.getItems().add(item);
            }
        };
        // A menu button with no items does not open: one placeholder item until the boxes are made.
        picker.getItems().add(new CustomMenuItem(new Label(), false));
        picker.showingProperty().addListener((observable, before, showing) -> {
            if (showing && !filled[0]) {
                fill.run();
            }
        });
        options.codes().addListener((ListChangeListener<CooccurrenceOptions.CodeChoice>) change -> {
            if (picker.isShowing()) {
                fill.run();
            } else {
                filled[0] = false;
            }
        });
        picker.textProperty().bind(Bindings.createStringBinding(
                () -> lang("%0 of %1 codes", options.chosenCodes().size(), options.codes().size()),
                options.chosenCodes(), options.codes()));
        return picker;
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox group = new HBox(6, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private static CoderChoice coderChoice(CooccurrenceViewModel viewModel) {
        CoderChoice coders = new CoderChoice(viewModel.options().coders().codersProperty(),
                viewModel.options().coders().filterProperty());
        coders.setId("cooccurrence-coders");
        return coders;
    }
}
