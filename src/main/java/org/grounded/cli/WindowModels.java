package org.grounded.cli;

import java.nio.file.Path;
import java.util.UUID;
import org.grounded.io.project.ProjectJournal;
import org.grounded.model.Project;

/**
 * The window's view models, for {@code grounded bench} to time the window's share of a coding
 * action (the panes' refresh, the undo record, the autosave's scheduling) without a stage. The
 * command line knows no window: the launcher, which knows both, hands them over; a command line
 * started without them (a test) prints that measure as skipped.
 */
@FunctionalInterface
public interface WindowModels {

    /**
     * Opens the workbench's view models on a project saved at {@code file}, its edits journalled
     * to {@code journal}, showing a document and a code.
     *
     * @return what codes a passage of the document shown, as the coding bar does
     */
    Coder open(Project project, Path file, ProjectJournal journal, UUID documentId, UUID codeId);

    /** Codes the selected text of the document shown with a code; true when the project changed. */
    @FunctionalInterface
    interface Coder {
        boolean code(int start, int end, UUID codeId);
    }
}
