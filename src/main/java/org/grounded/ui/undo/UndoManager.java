package org.grounded.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.grounded.model.ChangeSet;
import org.grounded.model.Edit;
import org.grounded.model.EditDirection;
import org.grounded.model.Project;
import org.grounded.model.ProjectListener;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The one undo stack of an open project. Every user edit goes through {@link #perform}; undo and
 * redo replay the model's {@link Edit}s with {@code project.revert} / {@code project.apply}.
 * Both stacks are bounded: the oldest edits fall off the bottom.
 *
 * <p>It also keeps the dirty flag, derived from the project's revision at the last save: the
 * revision grows with every applied or reverted edit, whoever made it, so an edit made around the
 * undo manager still counts as unsaved work.
 *
 * <p>Used on the user-interface thread only. Call {@link #dispose()} when the project closes.
 */
public final class UndoManager {

    public static final int DEFAULT_LIMIT = 500;

    private final Project project;
    private final int limit;
    private final Deque<Edit> undoStack = new ArrayDeque<>();
    private final Deque<Edit> redoStack = new ArrayDeque<>();
    private final ProjectListener revisionListener = (edit, direction) -> {
        lastChange = edit.changeSet();
        lastDirection = direction;
        refreshRevision();
    };
    /** What the edit behind the latest revision changed; read by the panes when the revision moves. */
    private ChangeSet lastChange = ChangeSet.EVERYTHING;
    private EditDirection lastDirection = EditDirection.APPLIED;
    private boolean replaying;

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", lang("Undo"));
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", lang("Redo"));
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper savedRevision = new ReadOnlyLongWrapper(this, "savedRevision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    /**
     * @param savedRevision the project's revision as it is on disk; pass -1 for a project that was
     *                      never saved, so that it counts as unsaved once anything is in it
     */
    public UndoManager(Project project, int limit, long savedRevision) {
        if (limit < 1) {
            throw new IllegalArgumentException("The undo limit must be at least 1, not " + limit);
        }
        this.project = Objects.requireNonNull(project);
        this.limit = limit;
        this.savedRevision.set(savedRevision);
        dirty.bind(this.revision.isNotEqualTo(this.savedRevision));
        project.addListener(revisionListener);
        refreshRevision();
    }

    /** An undo manager for a project just opened from disk (not dirty). */
    public static UndoManager forSavedProject(Project project) {
        return new UndoManager(project, DEFAULT_LIMIT, project.revision());
    }

    /** Applies an edit to the project and makes it undoable. When the project refuses it, nothing changes. */
    public void perform(Edit edit) {
        requireNotReplaying();
        project.apply(edit);
        push(undoStack, edit);
        redoStack.clear();
        refresh();
    }

    public void undo() {
        requireNotReplaying();
        Edit edit = undoStack.peek();
        if (edit == null) {
            return;
        }
        replaying = true;
        try {
            project.revert(edit);
        } finally {
            replaying = false;
        }
        undoStack.pop();
        push(redoStack, edit);
        refresh();
    }

    public void redo() {
        requireNotReplaying();
        Edit edit = redoStack.peek();
        if (edit == null) {
            return;
        }
        replaying = true;
        try {
            project.apply(edit);
        } finally {
            replaying = false;
        }
        redoStack.pop();
        push(undoStack, edit);
        refresh();
    }

    /** Records that the project as it was at {@code revision} is now on disk. */
    public void markSaved(long revisionOnDisk) {
        savedRevision.set(revisionOnDisk);
    }

    /** Stops listening to the project. */
    public void dispose() {
        project.removeListener(revisionListener);
        undoStack.clear();
        redoStack.clear();
        refresh();
    }

    public Project project() {
        return project;
    }

    public int undoSize() {
        return undoStack.size();
    }

    public int redoSize() {
        return redoStack.size();
    }

    private void push(Deque<Edit> stack, Edit edit) {
        stack.push(edit);
        while (stack.size() > limit) {
            stack.removeLast();
        }
    }

    /** A listener that reacts to an edit by making another one would corrupt the stacks. */
    private void requireNotReplaying() {
        if (replaying) {
            throw new IllegalStateException("An edit cannot be made while another is being undone or redone");
        }
    }

    private void refresh() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        undoDescription.set(undoStack.isEmpty() ? lang("Undo") : lang("Undo %0", lang(undoStack.peek().name())));
        redoDescription.set(redoStack.isEmpty() ? lang("Redo") : lang("Redo %0", lang(redoStack.peek().name())));
        refreshRevision();
    }

    private void refreshRevision() {
        revision.set(project.revision());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Import 3 transcripts", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /**
     * What the edit, undo or redo that made the current revision changed (the same set for all
     * three), for panes that refresh only that; everything before the first edit.
     */
    public ChangeSet lastChange() {
        return lastChange;
    }

    /** Whether the edit behind the current revision was applied (or redone) or reverted (undone). */
    public EditDirection lastDirection() {
        return lastDirection;
    }

    /** The project's revision, observable: grows with every edit. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty savedRevisionProperty() {
        return savedRevision.getReadOnlyProperty();
    }

    /** Whether the project has changes that are not on disk. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
