package org.grounded.ui.common;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.model.ChangeSet;
import org.grounded.model.Project;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;

/**
 * The view-model half of a list-plus-details pane ({@link ListDetailsPane} is the view half): a
 * list of rows rebuilt when the project changes, the id of the row chosen, and the details of
 * that item. Memos and participants build on it, so choosing, forgetting a deleted item and
 * read-only projects behave the same in both.
 *
 * @param <D> what the details pane shows of the chosen item
 */
public abstract class ListDetailsViewModel<D> {

    protected final Editor editor;
    protected final Workspace workspace;
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<D> details = new ReadOnlyObjectWrapper<>(this, "details");

    protected ListDetailsViewModel(Editor editor) {
        this.editor = Objects.requireNonNull(editor);
        this.workspace = editor.workspace();
        workspace.sessionProperty().addListener((observable, before, after) -> {
            selected.set(null);
            refresh();
        });
        workspace.revisionProperty().addListener((observable, before, after) -> {
            if (shows(workspace.lastChange())) {
                refresh();
            }
        });
        selected.addListener((observable, before, after) -> refreshDetails());
    }

    /**
     * Whether an edit changed anything the rows or details show, so that the pane rebuilds only
     * then; everything by default. {@link ChangeSet#structure} must always answer true.
     */
    protected boolean shows(ChangeSet change) {
        return true;
    }

    /** Rebuilds the rows from the project; ends with {@link #forgetChosenUnless}. */
    protected abstract void refresh();

    /** The details of the item with this id, empty when the project has no such item. */
    protected abstract Optional<D> detailsOf(Project project, UUID id);

    /** The item chosen in the list, by id. */
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    /** The chosen item's details, null when none is chosen. */
    public ReadOnlyObjectProperty<D> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public boolean canEdit() {
        return editor.canEdit();
    }

    /** After the rows were rebuilt: forgets the choice when its item is gone, and shows the details anew. */
    protected final void forgetChosenUnless(Predicate<UUID> present) {
        if (selected.get() != null && !present.test(selected.get())) {
            selected.set(null);
        }
        refreshDetails();
    }

    protected final void refreshDetails() {
        Project project = workspace.project().orElse(null);
        UUID id = selected.get();
        details.set(project == null || id == null ? null : detailsOf(project, id).orElse(null));
    }
}
