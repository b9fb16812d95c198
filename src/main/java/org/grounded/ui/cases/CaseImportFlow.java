package org.grounded.ui.cases;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.grounded.io.cases.CaseImportException;
import org.grounded.io.cases.CaseSheet;
import org.grounded.io.cases.CaseSheets;
import org.grounded.io.cases.CaseTable;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.edits.CaseImportEdits;
import org.grounded.model.edits.CaseImportResult;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Participants (or documents' attributes) from a spreadsheet, start to end: choose the file, read
 * it in the background, let the user check the columns in a preview, apply the import as one
 * undoable edit through the {@link Editor}, and say what happened row by row.
 */
public final class CaseImportFlow {

    static FileChooserSpec.FileFilter spreadsheets() {
        return new FileChooserSpec.FileFilter(lang("Spreadsheets (CSV, Excel .xlsx)"), CaseSheets.EXTENSIONS);
    }
    private static final Logger LOG = LoggerFactory.getLogger(CaseImportFlow.class);

    private final Editor editor;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Supplier<Optional<Path>> defaultFolder;
    private final RequestSequence requests = new RequestSequence();
    private Path lastFolder;

    /** What was read: the sheet and, for a workbook, the names of its sheets. */
    private record Read(CaseSheet sheet, List<String> sheets) {
    }

    /** @param defaultFolder where the chooser starts before any spreadsheet was chosen */
    public CaseImportFlow(Editor editor, TaskExecutor executor, Supplier<Optional<Path>> defaultFolder) {
        this.editor = Objects.requireNonNull(editor);
        this.dialogs = editor.dialogs();
        this.executor = Objects.requireNonNull(executor);
        this.defaultFolder = Objects.requireNonNull(defaultFolder);
    }

    /** Asks for a spreadsheet and imports its rows as participants or as documents' attributes. */
    public void start(AttributeScope scope) {
        if (!editor.canEdit()) {
            return;
        }
        String title = scope == AttributeScope.PARTICIPANT ? lang("Import participants from a spreadsheet")
                : lang("Import document attributes from a spreadsheet");
        dialogs.showOpenDialog(new FileChooserSpec(title, Optional.ofNullable(lastFolder).or(defaultFolder), "",
                List.of(spreadsheets()))).ifPresent(file -> {
                    lastFolder = file.toAbsolutePath().getParent();
                    start(scope, file);
                });
    }

    /** Reads the spreadsheet in the background, then shows the preview. */
    public void start(AttributeScope scope, Path file) {
        Optional<ProjectSession> open = editor.workspace().session().filter(session -> !session.isReadOnly());
        if (open.isEmpty()) {
            return;
        }
        ProjectSession session = open.get();
        long ticket = requests.next();
        BackgroundTask.wrap(lang("Reading %0", file.getFileName()),
                        progress -> new Read(CaseSheets.read(file, null), CaseSheets.sheetNames(file)))
                .onSuccess(read -> {
                    if (requests.isCurrent(ticket) && !session.isClosed()) {
                        review(session, scope, file, read);
                    }
                })
                .onFailure(e -> {
                    if (requests.isCurrent(ticket)) {
                        LOG.info("Cannot read {}: {}", file, e.getMessage());
                        dialogs.showError(lang("Cannot import the spreadsheet"), message(file, e));
                    }
                })
                .executeWith(executor);
    }

    /** Drops a read still running (the project was closed). */
    public void cancelPending() {
        requests.invalidate();
    }

    private void review(ProjectSession session, AttributeScope scope, Path file, Read read) {
        Map<String, AttributeType> known = new LinkedHashMap<>();
        session.project().attributeDefinitions(scope)
                .forEach(definition -> known.put(definition.name().toLowerCase(Locale.ROOT), definition.type()));
        CaseImportViewModel preview = new CaseImportViewModel(read.sheet(), read.sheets(), scope, known,
                table -> CaseImportEdits.importCases(session.project(), scope, table.columns(), table.rows()),
                (sheet, onRead, onFailure) -> BackgroundTask.wrap(lang("Reading the sheet %0", sheet),
                                progress -> CaseSheets.read(file, sheet))
                        .onSuccess(onRead)
                        .onFailure(e -> onFailure.accept(message(file, e)))
                        .executeWith(executor));
        if (!dialogs.showDialog(preview, CaseImportView::new) || session.isClosed()) {
            return;
        }
        CaseImportResult result;
        try {
            CaseTable table = preview.table();
            result = CaseImportEdits.importCases(session.project(), scope, table.columns(), table.rows());
            if (result.edit().isPresent()) {
                editor.performPrepared(session, result.edit().get());
            }
        } catch (CaseImportException | RuntimeException e) {
            LOG.warn("Importing {} failed", file, e);
            dialogs.showError(lang("Cannot import the spreadsheet"), lang("%0\n\nThe project is unchanged.", message(file, e)));
            return;
        }
        CaseImportReport report = CaseImportReport.of(read.sheet().source(), scope, result);
        if (report.details().isEmpty()) {
            dialogs.showInformation(report.title(), report.message());
        } else {
            dialogs.showInformation(report.title(), report.message(), report.details());
        }
    }

    private static String message(Path file, Exception e) {
        String name = file.getFileName().toString();
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.startsWith(name) ? text : name + ": " + text;
    }
}
