package org.grounded.ui.analysis.citations;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.ui.analysis.AnalysisWindowLayout;
import org.grounded.ui.analysis.ExportBar;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The citations table window's content: options on top, the table with its legend, the
 * quotations of the chosen count below, the exports at the top right.
 */
public final class CitationTableView extends BorderPane {

    /**
     * Above this many columns the table is painted on a canvas: a table control makes a styled cell
     * per column of every visible row, which froze the window for seconds at 200 participants.
     */
    static final int WIDE_COLUMNS = 40;

    /** Whether a table is drawn on the canvas rather than as a table control. */
    static boolean isWide(CitationTable table) {
        return table.columns().size() > WIDE_COLUMNS;
    }

    public CitationTableView(CitationTableViewModel viewModel) {
        getStyleClass().addAll("analysis-view", "citations-view");

        ExportBar exports = new ExportBar("citations", CitationTableViewModel.EXPORT_FORMATS, viewModel::export,
                viewModel::copy, viewModel.tableProperty().isNotNull());
        CitationOptionsBar options = new CitationOptionsBar(viewModel.options(), exports);
        options.getStyleClass().add("analysis-top");
        setTop(options);

        CitationGrid grid = new CitationGrid(viewModel);
        CitationCanvas canvas = new CitationCanvas(viewModel);
        StackPane tables = new StackPane(grid, canvas);
        Runnable choose = () -> {
            CitationTable table = viewModel.tableProperty().get();
            boolean wide = table != null && isWide(table);
            canvas.show(wide ? table : null);
            canvas.setVisible(wide);
            canvas.setManaged(wide);
            grid.setVisible(!wide);
            grid.setManaged(!wide);
        };
        viewModel.tableProperty().addListener((observable, before, after) -> choose.run());
        choose.run();
        VBox tablePane = AnalysisWindowLayout.withLegend(tables, "citations-legend", Bindings.createStringBinding(
                () -> viewModel.table().isEmpty() ? ""
                : viewModel.legend() + ". " + viewModel.markRule()
                + lang("A category's row counts its sub-codes' quotations too (when chosen); the Total counts each quotation once, so it can differ from the sum of the columns.")
                + " " + lang("Click a count to see its quotations; click a header to sort."), viewModel.tableProperty()));

        VBox drillDown = AnalysisWindowLayout.drillDown("citations-cell-title", viewModel.cellTitleProperty(),
                lang("Quotations"), "citations-quotations", viewModel.passages(),
                lang("Click a count in the table to read its quotations here. Double-click a quotation to show it in the transcript."),
                viewModel::open);
        setCenter(AnalysisWindowLayout.resultAbove(tablePane, drillDown, viewModel.passages()));
        setBottom(AnalysisWindowLayout.statusLine("citations-status", viewModel));
    }
}
