package org.grounded.model.edits;

import java.util.List;
import java.util.Optional;
import org.grounded.model.Change;
import org.grounded.model.Entity;
import org.grounded.model.EntityEdit;

/** What an edit created, so the user interface can select the new code or quotation. */
public final class EditResults {

    private EditResults() {
    }

    /** The entities of a kind that the edit adds, in order. */
    public static <T extends Entity> List<T> added(EntityEdit edit, Class<T> kind) {
        return edit.changes().stream().filter(change -> change.before() == null).map(Change::after)
                .filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The first entity of a kind that the edit adds. */
    public static <T extends Entity> Optional<T> firstAdded(EntityEdit edit, Class<T> kind) {
        return added(edit, kind).stream().findFirst();
    }
}
