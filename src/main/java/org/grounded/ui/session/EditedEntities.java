package org.grounded.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grounded.model.Change;
import org.grounded.model.Edit;
import org.grounded.model.EditDirection;
import org.grounded.model.EntityEdit;
import org.grounded.model.ProjectInfoEdit;

/**
 * What an edit changed, entity by entity, a composite edit's parts included, in the order it
 * changed them: for what follows the project by the entities an edit touched (the search index
 * re-indexes the documents an import added) rather than by its revision alone.
 */
public final class EditedEntities {

    private EditedEntities() {
    }

    /** The entity changes an edit made or undid; empty when the edit is of a kind not looked into. */
    public static Optional<List<Change>> of(Edit edit, EditDirection direction) {
        List<Change> changes = new ArrayList<>();
        try {
            for (Edit step : JournalRecorder.performed(edit, direction)) {
                if (step instanceof EntityEdit entities) {
                    changes.addAll(entities.changes());
                } else if (!(step instanceof ProjectInfoEdit)) {
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException unknownKind) {
            return Optional.empty();
        }
        return Optional.of(changes);
    }
}
