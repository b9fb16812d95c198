package org.grounded.ui.session;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.model.ChangeSet;
import org.grounded.model.EditDirection;
import org.grounded.model.Project;

/**
 * What every pane of the main window looks at: the open project (if any), its revision (which
 * changes with every edit, so panes know when to refresh), and the shared selection (the document
 * shown in the viewer, the quotation selected in it, the code selected in the code tree).
 */
public final class Workspace {

    private final ReadOnlyObjectWrapper<ProjectSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final ObjectProperty<UUID> selectedDocument = new SimpleObjectProperty<>(this, "selectedDocument");
    private final ObjectProperty<UUID> selectedQuotation = new SimpleObjectProperty<>(this, "selectedQuotation");
    private final ObjectProperty<UUID> selectedCode = new SimpleObjectProperty<>(this, "selectedCode");

    public ReadOnlyObjectProperty<ProjectSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Optional<ProjectSession> session() {
        return Optional.ofNullable(session.get());
    }

    public Optional<Project> project() {
        return session().map(ProjectSession::project);
    }

    /** Shows another project (or none); the selection starts empty. */
    public void setSession(ProjectSession newSession) {
        revision.unbind();
        selectedQuotation.set(null);
        selectedCode.set(null);
        selectedDocument.set(null);
        session.set(newSession);
        if (newSession != null) {
            revision.bind(newSession.undoManager().revisionProperty());
        } else {
            revision.set(-1);
        }
    }

    /** The open project's revision: changes with every edit, undo and redo. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    /**
     * What the edit behind the latest revision changed, for a pane that refreshes only that when
     * the revision moves (decision 0003); everything when no project is open or it was just opened.
     */
    public ChangeSet lastChange() {
        return session().map(open -> open.undoManager().lastChange()).orElse(ChangeSet.EVERYTHING);
    }

    /** Whether the edit behind the latest revision was applied (or redone) or reverted (undone). */
    public EditDirection lastDirection() {
        return session().map(open -> open.undoManager().lastDirection()).orElse(EditDirection.APPLIED);
    }

    /** The id of the document shown in the viewer, null when none. */
    public ObjectProperty<UUID> selectedDocumentProperty() {
        return selectedDocument;
    }

    /** The id of the selected quotation, null when none. */
    public ObjectProperty<UUID> selectedQuotationProperty() {
        return selectedQuotation;
    }

    /** The id of the code selected in the code tree, null when none. */
    public ObjectProperty<UUID> selectedCodeProperty() {
        return selectedCode;
    }
}
