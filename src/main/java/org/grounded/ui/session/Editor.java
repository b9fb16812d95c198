package org.grounded.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.grounded.model.Edit;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.ui.dialog.DialogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the user's edits: builds an edit from the open project with one of the model's factories
 * and performs it through the project's undo stack, so it can be undone, marks the project
 * unsaved and starts the autosave. An edit the model refuses (a name taken, a range outside the
 * text) is told to the user and changes nothing.
 *
 * <p>Text being typed (a memo, a comment, a description) is committed as an edit when the user
 * pauses or leaves the field; fields register a commit here so that saving, closing, undo and
 * redo first commit what is still being typed and nothing written is lost.
 */
public final class Editor {

    private static final Logger LOG = LoggerFactory.getLogger(Editor.class);

    private final Workspace workspace;
    private final DialogService dialogs;
    private final List<Runnable> pendingCommits = new ArrayList<>();

    public Editor(Workspace workspace, DialogService dialogs) {
        this.workspace = Objects.requireNonNull(workspace);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    public Workspace workspace() {
        return workspace;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** A project is open and may be changed. */
    public boolean canEdit() {
        return workspace.session().filter(session -> !session.isReadOnly()).isPresent();
    }

    /**
     * Builds an edit that may find nothing to change and performs it.
     *
     * @param failure the title of the message when the model refuses the edit ("Cannot rename the code")
     * @return true when the project changed
     */
    public boolean perform(String failure, Function<Project, Optional<EntityEdit>> build) {
        Optional<ProjectSession> session = workspace.session().filter(s -> !s.isReadOnly());
        if (session.isEmpty()) {
            return false;
        }
        Optional<EntityEdit> edit;
        try {
            edit = build.apply(session.get().project());
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.debug("{}: {}", failure, e.getMessage());
            dialogs.showError(failure, e.getMessage());
            return false;
        }
        if (edit.isEmpty() || edit.get().isEmpty()) {
            return false;
        }
        try {
            session.get().undoManager().perform(edit.get());
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.warn("{}", failure, e);
            dialogs.showError(failure, e.getMessage());
            return false;
        }
    }

    /** Builds an edit that always changes something and performs it; true when the project changed. */
    public boolean performAlways(String failure, Function<Project, EntityEdit> build) {
        return perform(failure, project -> Optional.of(build.apply(project)));
    }

    /**
     * Performs several edits as one undoable action, each built from the project as the ones
     * before it left it (on a copy, so nothing changes if a later step is refused). Steps that
     * find nothing to change are left out.
     *
     * @return true when the project changed
     */
    public boolean performAll(EditName name, String failure, List<Function<Project, Optional<EntityEdit>>> steps) {
        Optional<ProjectSession> session = workspace.session().filter(s -> !s.isReadOnly());
        if (session.isEmpty()) {
            return false;
        }
        List<EntityEdit> edits = new ArrayList<>();
        try {
            Project scratch = session.get().project().copy();
            for (Function<Project, Optional<EntityEdit>> step : steps) {
                Optional<EntityEdit> edit = step.apply(scratch);
                if (edit.isPresent() && !edit.get().isEmpty()) {
                    scratch.apply(edit.get());
                    edits.add(edit.get());
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.debug("{}: {}", failure, e.getMessage());
            dialogs.showError(failure, e.getMessage());
            return false;
        }
        if (edits.isEmpty()) {
            return false;
        }
        Edit edit = edits.size() == 1 ? edits.get(0) : new CompositeEdit(name, edits);
        try {
            session.get().undoManager().perform(edit);
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.warn("{}", failure, e);
            dialogs.showError(failure, e.getMessage());
            return false;
        }
    }

    /**
     * Performs an edit a flow built beforehand for a session (a transcript or codebook import,
     * after its dialog), through the same undo stack as every other edit: what is still being
     * typed is committed first, and the project is marked unsaved and autosaved.
     *
     * @throws IllegalStateException    when that session is no longer the open, writable one
     * @throws IllegalArgumentException when the model refuses the edit (the caller tells the user
     *                                  in its own words; the project is unchanged)
     */
    public void performPrepared(ProjectSession session, Edit edit) {
        if (workspace.session().orElse(null) != session || session.isReadOnly()) {
            throw new IllegalStateException("The project " + session.name() + " is no longer open for editing");
        }
        commitPending();
        session.undoManager().perform(edit);
    }

    /** Registers the commit of a text field that commits on pause; see {@link #commitPending()}. */
    public void addPendingCommit(Runnable commit) {
        pendingCommits.add(Objects.requireNonNull(commit));
    }

    /** Commits what is still being typed in any field, before saving, closing, undoing or redoing. */
    public void commitPending() {
        List.copyOf(pendingCommits).forEach(Runnable::run);
    }
}
