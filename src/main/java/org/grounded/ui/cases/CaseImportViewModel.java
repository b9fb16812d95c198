package org.grounded.ui.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.io.cases.CaseImportException;
import org.grounded.io.cases.CaseImportOptions;
import org.grounded.io.cases.CaseSheet;
import org.grounded.io.cases.CaseTable;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.edits.CaseImportResult;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The preview of a spreadsheet of cases before it is imported: its first rows, each column's type
 * (guessed from its values, changeable), which column names the participants (or documents),
 * which columns to skip, the cell texts that mean "no answer", and for a workbook the sheet. It
 * says, as the choices change, what the import would do: how many rows add a participant, update
 * one already in the project (matched by name), or are skipped and why.
 *
 * <p>The import itself is the model's ({@code CaseImportEdits}); this model only gathers the
 * choices into the {@link CaseTable} it takes, and asks it for a dry run.
 */
public final class CaseImportViewModel {

    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 50;
    /** How many skipped rows the summary names. */
    private static final int NAMED_PROBLEMS = 3;

    /** Reads another sheet of the workbook in the background. */
    @FunctionalInterface
    public interface SheetReader {
        void read(String sheet, Consumer<CaseSheet> onRead, Consumer<String> onFailure);
    }

    private final AttributeScope scope;
    private final Map<String, AttributeType> known;
    private final Function<CaseTable, CaseImportResult> dryRun;
    private final SheetReader reader;
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty(this, "sheet", "");
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<CaseColumnChoice> columns = FXCollections.observableArrayList(
            column -> new Observable[] {column.typeProperty(), column.skippedProperty()});
    private final ObservableList<CaseSheet.Row> previewRows = FXCollections.observableArrayList();
    private final StringProperty nameColumn = new SimpleStringProperty(this, "nameColumn", "");
    private final StringProperty missingCodes = new SimpleStringProperty(this, "missingCodes", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private CaseSheet shown;
    private boolean updating;

    /**
     * @param sheet   the sheet read (for a workbook, its first sheet)
     * @param sheets  a workbook's sheet names, empty for a text file
     * @param known   the types of the attributes the project already has in this scope, by lower-case name
     * @param dryRun  what importing a table would do to the project, without doing it
     * @param reader  reads another sheet of the workbook
     */
    public CaseImportViewModel(CaseSheet sheet, List<String> sheets, AttributeScope scope,
                               Map<String, AttributeType> known, Function<CaseTable, CaseImportResult> dryRun,
                               SheetReader reader) {
        this.scope = Objects.requireNonNull(scope);
        this.known = Map.copyOf(known);
        this.dryRun = Objects.requireNonNull(dryRun);
        this.reader = Objects.requireNonNull(reader);
        this.sheets.setAll(sheets);
        this.sheet.set(sheets.isEmpty() ? "" : sheets.get(0));
        show(sheet);
        this.sheet.addListener((observable, before, after) -> {
            if (!updating && after != null && !after.isBlank() && !after.equals(before)) {
                problem.set(lang("Reading the sheet '%0'…", after));
                valid.set(false);
                reader.read(after, this::show, message -> {
                    problem.set(message);
                    valid.set(false);
                });
            }
        });
        nameColumn.addListener((observable, before, after) -> refresh());
        missingCodes.addListener((observable, before, after) -> {
            if (!updating) {
                regroupColumns();
            }
        });
        columns.addListener((javafx.collections.ListChangeListener<CaseColumnChoice>) change -> {
            if (!updating) {
                refresh();
            }
        });
    }

    /** Shows a sheet: its columns with their guessed types, its first rows, the name column. */
    public void show(CaseSheet read) {
        shown = Objects.requireNonNull(read);
        updating = true;
        try {
            header.setAll(read.header());
            previewRows.setAll(read.rows().subList(0, Math.min(PREVIEW_ROWS, read.rows().size())));
            String defaultName;
            try {
                defaultName = CaseTable.of(read, CaseImportOptions.defaults(), known).nameColumn();
            } catch (CaseImportException e) {
                defaultName = read.header().isEmpty() ? "" : read.header().get(0);
            }
            nameColumn.set(defaultName);
            columns.setAll(choices(Map.of(), Set.of()));
        } finally {
            updating = false;
        }
        refresh();
    }

    /** The columns again with types guessed under the new missing codes; a type or skip the user chose stays. */
    private void regroupColumns() {
        Map<String, AttributeType> chosen = new HashMap<>();
        Set<String> skipped = new LinkedHashSet<>();
        for (CaseColumnChoice column : columns) {
            if (column.typeProperty().get() != column.guessed()) {
                chosen.put(column.name(), column.typeProperty().get());
            }
            if (column.skippedProperty().get()) {
                skipped.add(column.name());
            }
        }
        updating = true;
        try {
            columns.setAll(choices(chosen, skipped));
        } finally {
            updating = false;
        }
        refresh();
    }

    private List<CaseColumnChoice> choices(Map<String, AttributeType> chosen, Set<String> skipped) {
        CaseImportOptions guessing = new CaseImportOptions("", codes(), Map.of(), Set.of());
        List<CaseColumnChoice> result = new ArrayList<>();
        List<String> names = shown.header();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            AttributeType guessed = known.getOrDefault(name.strip().toLowerCase(Locale.ROOT),
                    CaseTable.guess(shown, c, guessing));
            CaseColumnChoice choice = new CaseColumnChoice(name, guessed);
            choice.typeProperty().set(chosen.getOrDefault(name, guessed));
            choice.skippedProperty().set(skipped.contains(name) || name.isBlank());
            result.add(choice);
        }
        return result;
    }

    /** The missing codes typed, split at commas or semicolons. */
    private Set<String> codes() {
        String typed = missingCodes.get() == null ? "" : missingCodes.get();
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(code -> !code.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether a cell counts as no answer under the codes typed (the preview shows it so). */
    public boolean isMissing(String cell) {
        return new CaseImportOptions("", codes(), Map.of(), Set.of()).isMissing(cell);
    }

    /** The choices as the import takes them. */
    public CaseImportOptions options() {
        Map<String, AttributeType> types = new LinkedHashMap<>();
        Set<String> skipped = new LinkedHashSet<>();
        for (CaseColumnChoice column : columns) {
            if (column.skippedProperty().get()) {
                skipped.add(column.name());
            } else {
                types.put(column.name(), column.typeProperty().get());
            }
        }
        return new CaseImportOptions(nameColumn.get(), codes(), types, skipped);
    }

    /**
     * The sheet typed as chosen, ready for the import.
     *
     * @throws CaseImportException when the choices do not make a table (the name column is gone)
     */
    public CaseTable table() throws CaseImportException {
        return CaseTable.of(shown, options(), known);
    }

    private void refresh() {
        if (updating || shown == null) {
            return;
        }
        try {
            CaseTable table = table();
            if (table.columns().isEmpty()) {
                summary.set(lang("%0; no column to import besides the names", CaseImportReport.rows(shown.rows().size())));
                problem.set(lang("Choose at least one column that is not skipped."));
                valid.set(false);
                return;
            }
            CaseImportResult result = dryRun.apply(table);
            summary.set(CaseImportReport.rows(shown.rows().size()) + " · " + CaseImportReport.outcome(scope, result));
            problem.set(result.skipped().stream().limit(NAMED_PROBLEMS)
                    .map(outcome -> lang("Row %0: %1", outcome.row(), outcome.reason()))
                    .collect(Collectors.joining("\n"))
                    + (result.skipped().size() > NAMED_PROBLEMS
                    ? "\n" + lang("… and %0 more rows", result.skipped().size() - NAMED_PROBLEMS) : ""));
            valid.set(result.count(CaseImportResult.Action.SKIPPED) < result.rows().size());
        } catch (CaseImportException | IllegalArgumentException e) {
            summary.set(CaseImportReport.rows(shown.rows().size()));
            problem.set(e.getMessage());
            valid.set(false);
        }
    }

    public AttributeScope scope() {
        return scope;
    }

    /** The file's name, for the dialog's title. */
    public String source() {
        return shown.source();
    }

    /** A workbook's sheets; empty for a text file, whose one table has no choice. */
    public ObservableList<String> sheets() {
        return sheets;
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    /** The column names of the sheet shown, in order. */
    public ObservableList<String> header() {
        return header;
    }

    /** Each column of the sheet, in order, with its type and whether it is skipped. */
    public ObservableList<CaseColumnChoice> columns() {
        return columns;
    }

    public Optional<CaseColumnChoice> column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }

    /** The first rows of the sheet, as its cells read. */
    public ObservableList<CaseSheet.Row> previewRows() {
        return previewRows;
    }

    /** The column that names each participant (or document). */
    public StringProperty nameColumnProperty() {
        return nameColumn;
    }

    /** Cell texts that mean "no answer" besides the standard ones, comma-separated: 99, 999. */
    public StringProperty missingCodesProperty() {
        return missingCodes;
    }

    /** What the import would do: "80 rows · 80 new participants, 0 updated, 0 skipped". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why rows would be skipped, or why the choices make no import; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the import can go ahead: the choices make a table and some row would be imported. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
