package org.grounded.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectJournal;
import org.grounded.model.Project;
import org.grounded.ui.codes.CodeDetailsViewModel;
import org.grounded.ui.codes.CodeTreeViewModel;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.documents.DocumentsViewModel;
import org.grounded.ui.memos.MemosViewModel;
import org.grounded.ui.participants.ParticipantsViewModel;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.quotations.QuotationInspectorViewModel;
import org.grounded.ui.quotations.QuotationsViewModel;
import org.grounded.ui.relations.RelationsViewModel;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectSaver;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.status.StatusBarViewModel;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.transcript.CodingViewModel;
import org.grounded.ui.transcript.TranscriptViewModel;

/**
 * The coding workbench's view models on a project, without a stage or a view: the panes that
 * follow every edit (documents, viewer, code tree and details, quotations, inspector, coding,
 * memos, participants, relations, status bar), one editor and undo stack, the journal and the
 * autosave's scheduling, as the main window wires them. {@code grounded bench} codes through it
 * to time the window's share of a coding action; no JavaFX toolkit is started, so it runs where
 * no display is.
 *
 * <p>Autosaves are scheduled, never run: the bench times the scheduling, not the save.
 */
public final class HeadlessWorkbench implements AutoCloseable {

    private final Workspace workspace = new Workspace();
    private final ProjectSession session;
    private final ProjectSaver saver;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final TranscriptViewModel transcript;
    private final CodingViewModel coding;
    private final Object[] panes;

    private HeadlessWorkbench(Project project, Path file, ProjectJournal journal, String coder, Clock clock) {
        session = ProjectSession.opened(project, file, null, project.revision(), journal);
        workspace.setSession(session);
        DialogService dialogs = new RefusingDialogs();
        Editor editor = new Editor(workspace, dialogs);
        saver = new ProjectSaver(session, ProjectStorage.of(new ProjectFileStore()), ProjectLocker.fileLocks(),
                executor, dialogs, clock);
        CodeTreeViewModel codes = new CodeTreeViewModel(editor);
        transcript = new TranscriptViewModel(workspace);
        coding = new CodingViewModel(editor, transcript, CoderName.of(coder), clock);
        panes = new Object[] {codes, transcript, coding, new DocumentsViewModel(workspace),
            new QuotationsViewModel(workspace), new CodeDetailsViewModel(editor, codes),
            new QuotationInspectorViewModel(editor, clock.getZone()), new MemosViewModel(editor, CoderName.of(coder), clock),
            new ParticipantsViewModel(editor), new RelationsViewModel(editor),
            new StatusBarViewModel(workspace, new SimpleObjectProperty<>(saver), executor.monitor(), clock)};
    }

    /** Opens the panes on a project saved at {@code file} whose edits go to {@code journal}; closing closes it. */
    public static HeadlessWorkbench open(Project project, Path file, ProjectJournal journal, String coder, Clock clock) {
        return new HeadlessWorkbench(Objects.requireNonNull(project), Objects.requireNonNull(file),
                Objects.requireNonNull(journal), coder, clock);
    }

    /** Shows a document in the viewer and selects a code in the tree, as the user would before coding. */
    public void show(UUID documentId, UUID codeId) {
        workspace.selectedDocumentProperty().set(documentId);
        workspace.selectedCodeProperty().set(codeId);
    }

    /**
     * Codes the text selected in the viewer, as the coding bar does: the selection snapped to whole
     * words, the edit made and recorded for undo and in the journal, every pane refreshed, the new
     * quotation selected, the autosave scheduled.
     *
     * @return whether the project changed
     */
    public boolean code(int start, int end, UUID codeId) {
        transcript.userSelected(start, end);
        return coding.applyCodes(List.of(codeId));
    }

    /** Undoes the edits still on the undo stack. */
    public void undoAll() {
        while (session.undoManager().canUndoProperty().get()) {
            session.undoManager().undo();
        }
    }

    /** Whether an autosave waits for its delay, as one should after an edit. */
    public boolean autosavePending() {
        return saver.isAutosavePending();
    }

    /** How many panes follow the edits. */
    public int paneCount() {
        return panes.length;
    }

    @Override
    public void close() {
        saver.dispose();
        workspace.setSession(null);
        session.close();
    }

    /**
     * Nobody is there to answer: questions are declined as {@link QuietDialogs} declines them, and
     * a refused edit is an error of the caller.
     */
    private static final class RefusingDialogs extends QuietDialogs {
        @Override
        public void showError(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }

        @Override
        public void showError(String title, String message, Throwable cause) {
            throw new IllegalStateException(title + ": " + message, cause);
        }
    }
}
