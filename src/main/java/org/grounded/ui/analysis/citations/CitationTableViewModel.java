package org.grounded.ui.analysis.citations;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.analysis.citations.CitationCell;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.citations.CitationRowOrder;
import org.grounded.analysis.citations.RowOrder;
import org.grounded.export.table.CitationTableExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.export.table.MarksDisplay;
import org.grounded.model.CodeTree;
import org.grounded.model.Project;
import org.grounded.analysis.citations.MarkRule;
import org.grounded.ui.analysis.AnalysisWindowModel;
import org.grounded.ui.analysis.AnalysisWindowViewModel;
import org.grounded.ui.analysis.PassageCard;
import org.grounded.ui.analysis.PassageCards;
import org.grounded.ui.analysis.Recomputation;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The citations table window (study A's Table 2): its options, the table counted in the
 * background, the order the user sorted it in, the quotations behind a chosen cell, and the
 * exports. Sorting re-orders the counted rows without counting again; ranks and marks stay.
 */
public final class CitationTableViewModel implements AnalysisWindowViewModel {

    /** The formats the window exports; CSV holds plain numbers, the others show the marks. */
    public static final List<ExportFormat> EXPORT_FORMATS =
            List.of(ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.MARKDOWN, ExportFormat.HTML);

    private final CitationOptions options = new CitationOptions();
    private final AnalysisWindowModel<CitationTable> window;
    private final ObjectProperty<RowOrder> order = new SimpleObjectProperty<>(this, "order", RowOrder.codeTree());
    private final ReadOnlyObjectWrapper<CitationTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyObjectWrapper<CitationCellKey> selectedCell = new ReadOnlyObjectWrapper<>(this, "selectedCell");
    private final ReadOnlyStringWrapper cellTitle = new ReadOnlyStringWrapper(this, "cellTitle", "");
    private final ObservableList<PassageCard> passages = FXCollections.observableArrayList();
    private CodeTree countedTree;

    public CitationTableViewModel(Workspace workspace, DialogService dialogs, TaskExecutor executor,
                                  TextClipboard clipboard) {
        this.window = new AnalysisWindowModel<>(workspace, dialogs, executor, clipboard, lang("Counting citations"), () -> {
            var request = options.request();
            var coders = options.coders().filter();
            return copy -> CitationTables.compute(coders.applyTo(copy), request);
        }, options::refreshChoices);
        window.recomputeWhen(options.all());
        window.resultProperty().addListener((observable, before, after) -> show());
        order.addListener((observable, before, after) -> show());
        window.refreshChoices();
    }

    @Override
    public AnalysisWindowModel<CitationTable> window() {
        return window;
    }

    public CitationOptions options() {
        return options;
    }

    /** The table as shown: counted, then sorted in {@link #orderProperty()}; null when there is none. */
    public ReadOnlyObjectProperty<CitationTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public Optional<CitationTable> table() {
        return Optional.ofNullable(table.get());
    }

    /** The rows' order, set by clicking a column header. */
    public ObjectProperty<RowOrder> orderProperty() {
        return order;
    }

    public ReadOnlyObjectProperty<CitationCellKey> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    /** "Motivation · María: 8 quotations". */
    public ReadOnlyStringProperty cellTitleProperty() {
        return cellTitle.getReadOnlyProperty();
    }

    /** The quotations of the chosen cell, in document and text order. */
    public ObservableList<PassageCard> passages() {
        return passages;
    }

    private void show() {
        Recomputation.Computed<CitationTable> computed = window.resultProperty().get();
        if (computed == null) {
            table.set(null);
            selectCell(null);
            return;
        }
        countedTree = computed.project().codeTree();
        CitationTable sorted;
        try {
            sorted = CitationRowOrder.resort(computed.value(), order.get());
        } catch (IllegalArgumentException e) {
            // The sorted column is gone (other columns chosen): back to the code tree.
            order.set(RowOrder.codeTree());
            return;
        }
        table.set(sorted);
        selectCell(selectedCell.get());
    }

    /** Shows the quotations behind a cell; null (or a cell no longer in the table) clears the panel. */
    public void selectCell(CitationCellKey key) {
        Recomputation.Computed<CitationTable> computed = window.resultProperty().get();
        CitationTable shown = table.get();
        Optional<CitationCell> cell = key == null || shown == null ? Optional.empty() : cellOf(shown, key);
        if (cell.isEmpty()) {
            selectedCell.set(null);
            cellTitle.set("");
            passages.clear();
            return;
        }
        selectedCell.set(key);
        cellTitle.set(describe(key).orElse(""));
        Project project = computed.project();
        PassageCards cards = new PassageCards(project);
        passages.setAll(cell.get().quotations().stream().map(cards::of).toList());
    }

    /** A cell in words, "code · column: n quotations" (the title over its quotations, the grid's tooltip). */
    public Optional<String> describe(CitationCellKey key) {
        CitationTable shown = table.get();
        if (key == null || shown == null) {
            return Optional.empty();
        }
        return cellOf(shown, key).map(cell -> {
            CitationRow row = shown.row(key.codeId()).orElseThrow();
            String column = key.columnKey().flatMap(columnKey -> shown.columnIndex(columnKey))
                    .map(index -> shown.columns().get(index).label()).orElse(lang("Total"));
            int count = cell.count();
            return row.code().name() + " · " + column + ": "
                    + (count == 1 ? lang("%0 quotation", count) : lang("%0 quotations", count));
        });
    }

    private static Optional<CitationCell> cellOf(CitationTable table, CitationCellKey key) {
        Optional<CitationRow> row = table.row(key.codeId());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (key.columnKey().isEmpty()) {
            return Optional.of(row.get().total());
        }
        return table.columnIndex(key.columnKey().get()).map(index -> row.get().cell(index));
    }

    /** Shows a passage in the main window's transcript viewer. */
    public void open(PassageCard card) {
        window.open(card, lang("That quotation has been changed or removed since the table was counted."));
    }

    /** Asks for a file and writes the table, in the order shown, in the background. */
    public Optional<Path> export(ExportFormat format) {
        CitationTable shown = table.get();
        if (shown == null) {
            return Optional.empty();
        }
        MarksDisplay marks = format == ExportFormat.CSV ? MarksDisplay.HIDDEN : MarksDisplay.SHOWN;
        String name = window.studyName("") + " citations"; // NON-NLS: a file name, as the command line writes it
        return window.export(lang("the citations table"), name, format,
                out -> CitationTableExport.write(shown, format, marks, out));
    }

    /** Puts the table on the clipboard as tab-separated text with its marks, for Word or a spreadsheet. */
    public void copy() {
        table().ifPresent(shown -> {
            window.copy(CitationTableExport.tabSeparated(shown, MarksDisplay.SHOWN),
                    shown.rows().size() == 1 ? lang("Copied the table (%0 row) to the clipboard", shown.rows().size())
                            : lang("Copied the table (%0 rows) to the clipboard", shown.rows().size()));
        });
    }

    /** Whether a row's code has sub-codes (a category), as counted. */
    public boolean isCategory(UUID codeId) {
        return countedTree != null && countedTree.isCategory(codeId);
    }

    /** The rule behind the marks, under the table when they are shown ("" when withheld: the legend says why). */
    public String markRule() {
        return table().filter(table -> table.top() > 0 && !table.marksWithheld())
                .map(table -> lang("As a rule, %0.", rule(table.top())) + " ")
                .orElse("");
    }

    /**
     * The legend under the table: {@link CitationTableExport#legend}'s words in the window's language,
     * built from the same values (the exports and the command line keep the English).
     */
    public String legend() {
        return table().map(CitationTableViewModel::legendOf).orElse("");
    }

    static String legendOf(CitationTable table) {
        if (table.marksWithheld()) {
            int cited = table.citedCodes();
            return (cited == 1 ? lang("No * or ** marks: only %0 code is cited, and %1", cited, rule(table.top()))
                    : lang("No * or ** marks: only %0 codes are cited, and %1", cited, rule(table.top())));
        }
        return lang("* largest %0 values of each column, ** %0 largest totals", table.top());
    }

    /** {@link MarkRule#rule}'s sentence in the window's language. */
    static String rule(int top) {
        return lang("marks are shown only when at least %0 codes are cited (twice the %1 largest marked), so that they single out the largest rather than flag nearly every row",
                MarkRule.minimumCitedCodes(top), top);
    }
}
