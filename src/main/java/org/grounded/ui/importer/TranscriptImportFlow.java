package org.grounded.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.time.Clock;
import org.grounded.io.transcript.TranscriptImportResult;
import org.grounded.model.Change;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;
import org.grounded.ui.session.Editor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Import transcripts, start to end: read the files in the background, let the user map speakers
 * to participants, apply the import as one undoable edit, and say what happened.
 */
public final class TranscriptImportFlow {

    private static final Logger LOG = LoggerFactory.getLogger(TranscriptImportFlow.class);

    private final TranscriptImports imports;
    private final TaskExecutor executor;
    private final Editor editor;
    private final Clock clock;
    private final DialogService dialogs;
    private final RequestSequence requests = new RequestSequence();

    public TranscriptImportFlow(TranscriptImports imports, TaskExecutor executor, Editor editor, Clock clock) {
        this.imports = Objects.requireNonNull(imports);
        this.clock = Objects.requireNonNull(clock);
        this.executor = Objects.requireNonNull(executor);
        this.editor = Objects.requireNonNull(editor);
        this.dialogs = editor.dialogs();
    }

    /**
     * Imports the files into the session's project.
     *
     * @param onImported hears the ids of the new documents, once the import was applied
     */
    public void start(ProjectSession session, List<Path> files, Consumer<List<UUID>> onImported) {
        if (files.isEmpty() || session.isReadOnly()) {
            return;
        }
        long ticket = requests.next();
        String title = files.size() == 1 ? lang("Reading %0", files.get(0).getFileName().toString())
                : lang("Reading %0 files", files.size());
        BackgroundTask.wrap(title, progress -> imports.readAll(List.copyOf(files), progress))
                .onSuccess(result -> {
                    if (!requests.isCurrent(ticket) || session.isClosed()) {
                        LOG.debug("Dropping a stale transcript import");
                        return;
                    }
                    review(session, result, onImported);
                })
                .onFailure(e -> {
                    LOG.warn("Reading transcripts failed", e);
                    dialogs.showError(lang("Import failed"), lang("Grounded could not read the transcripts:\n%0", e.getMessage()), e);
                })
                .executeWith(executor);
    }

    /** Drops a read still running (the project was closed). */
    public void cancelPending() {
        requests.invalidate();
    }

    private void review(ProjectSession session, TranscriptImportResult result, Consumer<List<UUID>> onImported) {
        if (result.imported().isEmpty()) {
            ImportSummary summary = ImportSummary.of(result.imported(), result.skipped());
            dialogs.showInformation(summary.title(), summary.message(), summary.details());
            return;
        }
        List<String> participants = session.project().participants().stream().map(Participant::name).toList();
        ImportDialogViewModel viewModel = new ImportDialogViewModel(result.imported(), imports::suggestedMappings,
                participants);
        if (!dialogs.showDialog(viewModel, ImportDialogView::new)) {
            return;
        }
        EntityEdit edit;
        try {
            edit = imports.edit(session.project(), viewModel.transcripts(), viewModel.mappings(), clock.instant());
            editor.performPrepared(session, edit);
        } catch (RuntimeException e) {
            LOG.warn("Applying the import failed", e);
            dialogs.showError(lang("Import failed"),
                    lang("The transcripts could not be added to the project:\n%0\n\nThe project is unchanged.", e.getMessage()), e);
            return;
        }
        List<UUID> documents = edit.changes().stream()
                .filter(change -> change.before() == null && change.after() instanceof Document)
                .map(Change::after).map(entity -> entity.id()).toList();
        ImportSummary summary = ImportSummary.of(result.imported(), result.skipped());
        dialogs.showInformation(summary.title(), summary.message(), summary.details());
        onImported.accept(documents);
    }
}
