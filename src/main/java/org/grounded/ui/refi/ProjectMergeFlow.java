package org.grounded.ui.refi;

import static org.grounded.ui.dialog.ErrorMessages.messageOf;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.refi.ExternalSources;
import org.grounded.model.Code;
import org.grounded.model.Project;
import org.grounded.model.edits.ProjectMerge;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * File → Merge project…: another coder's project (.grounded) or a REFI-QDA project (.qdpx) read in
 * the background and merged into the open one as one undoable edit ({@link ProjectMerge}), then the
 * report of what was added, matched and left in conflict. Codes of theirs that match none of ours are
 * first offered in a dialog ({@link CodeMappingView}): added as new, or mapped onto a code of ours.
 */
public final class ProjectMergeFlow {

    static FileChooserSpec.FileFilter mergeable() {
        return new FileChooserSpec.FileFilter(lang("Grounded or REFI-QDA projects (*.grounded, *.qdpx)"),
                List.of("grounded", RefiExchange.PROJECT_EXTENSION));
    }

    private final RefiExchange refi;
    private final Editor editor;
    private final TaskExecutor executor;

    public ProjectMergeFlow(RefiExchange refi, Editor editor, TaskExecutor executor) {
        this.refi = Objects.requireNonNull(refi);
        this.editor = Objects.requireNonNull(editor);
        this.executor = Objects.requireNonNull(executor);
    }

    /** Asks for the file to merge into the open project. */
    public void mergeProject() {
        Optional<ProjectSession> open = editor.workspace().session().filter(session -> !session.isReadOnly());
        if (open.isEmpty()) {
            return;
        }
        editor.dialogs().showOpenDialog(new FileChooserSpec(lang("Merge project"), Optional.empty(), "", List.of(mergeable())))
                .ifPresent(file -> merge(open.get(), file));
    }

    /** Reads {@code file} in the background and merges it into the session's project. */
    public void merge(ProjectSession session, Path file) {
        String fileName = String.valueOf(file.getFileName());
        BackgroundTask.wrap(lang("Reading %0", fileName), progress -> read(file, progress))
                .onSuccess(theirs -> {
                    if (session.isClosed() || editor.workspace().session().orElse(null) != session) {
                        return;
                    }
                    List<Code> unmatched = ProjectMerge.unmatchedCodes(session.project(), theirs);
                    Map<UUID, UUID> mapping = Map.of();
                    if (!unmatched.isEmpty()) {
                        CodeMappingViewModel question = new CodeMappingViewModel(fileName, theirs, unmatched,
                                session.project());
                        if (!editor.dialogs().showDialog(question, CodeMappingView::new) || session.isClosed()) {
                            return;
                        }
                        mapping = question.mapping();
                    }
                    ProjectMerge.Result result = ProjectMerge.merge(session.project(), theirs, fileName, mapping);
                    if (result.edit().isPresent()) {
                        editor.performPrepared(session, result.edit().get());
                    }
                    editor.dialogs().showInformation(lang("Merged %0", fileName),
                            (result.edit().isPresent() ? lang("%0 was merged into %1 (Edit → Undo takes it back).", fileName, session.name())
                                    : lang("%0 already holds everything in %1; it is unchanged.", session.name(), fileName))
                                    + (result.report().conflicts().isEmpty() ? ""
                                    : " " + lang("Some things differ: %0's version was kept.", session.name())),
                            String.join("\n", result.report().lines()));
                })
                .onFailure(e -> editor.dialogs().showError(lang("Cannot merge project"),
                        lang("%0: %1\n\nThe project is unchanged.", fileName, messageOf(e)), e))
                .executeWith(executor);
    }

    private Project read(Path file, org.grounded.model.Progress progress) throws Exception {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(RefiExchange.PROJECT_EXTENSION)) {
            return refi.readProject(file, ExternalSources.LEFT_OUT, progress).project();
        }
        return new ProjectFileStore().load(file);
    }
}
