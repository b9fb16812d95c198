package org.grounded.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.undo.UndoManager;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * What the window's title, menus and toolbar show about the open project: whether one is open and
 * editable, what Undo and Redo would do, and whether there is unsaved work. Follows the
 * workspace's session.
 */
public final class WindowState {

    private final Workspace workspace;
    private final ReadOnlyBooleanWrapper projectOpen = new ReadOnlyBooleanWrapper(this, "projectOpen");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", lang("Undo"));
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", lang("Redo"));
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper(this, "projectName", "");
    private final StringBinding title;

    public WindowState(Workspace workspace) {
        this.workspace = workspace;
        this.title = Bindings.createStringBinding(this::titleText, projectOpen, dirty, projectName);
        workspace.sessionProperty().addListener((observable, before, after) -> rebind(after));
    }

    private void rebind(ProjectSession session) {
        canUndo.unbind();
        canRedo.unbind();
        undoText.unbind();
        redoText.unbind();
        dirty.unbind();
        projectName.unbind();
        projectOpen.set(session != null);
        editable.set(session != null && !session.isReadOnly());
        if (session == null) {
            canUndo.set(false);
            canRedo.set(false);
            undoText.set(lang("Undo"));
            redoText.set(lang("Redo"));
            dirty.set(false);
            projectName.set("");
            return;
        }
        UndoManager undo = session.undoManager();
        BooleanBinding writable = Bindings.createBooleanBinding(() -> !session.isReadOnly());
        canUndo.bind(undo.canUndoProperty().and(writable));
        canRedo.bind(undo.canRedoProperty().and(writable));
        undoText.bind(undo.undoDescriptionProperty());
        redoText.bind(undo.redoDescriptionProperty());
        dirty.bind(undo.dirtyProperty());
        // The name follows every edit, so renaming the study (or its undo) shows in the title at once.
        projectName.bind(Bindings.createStringBinding(session::name, undo.revisionProperty()));
    }

    private String titleText() {
        if (!projectOpen.get()) {
            return "Grounded"; // NON-NLS: the application's name
        }
        ProjectSession session = workspace.session().orElseThrow();
        String name = session.name() + (dirty.get() ? " •" : "");
        return session.isReadOnly() ? lang("%0 (read-only) — Grounded", name) : lang("%0 — Grounded", name);
    }

    /** "Milk donation • — Grounded": the project's name, a dot when unsaved, "read-only". */
    public StringBinding titleProperty() {
        return title;
    }

    public ReadOnlyBooleanProperty projectOpenProperty() {
        return projectOpen.getReadOnlyProperty();
    }

    /** A project is open and may be changed (not read-only). */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
