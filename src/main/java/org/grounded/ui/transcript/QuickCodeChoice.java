package org.grounded.ui.transcript;

import java.util.Optional;
import java.util.UUID;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * A line of the quick-code box's list: an existing code, or a new code with the typed name.
 *
 * @param codeId the existing code, empty for "new code"
 */
public record QuickCodeChoice(Optional<UUID> codeId, String name, String colour) {

    public boolean isNew() {
        return codeId.isEmpty();
    }

    /** What the list shows. */
    public String label() {
        return isNew() ? lang("New code '%0'", name) : name;
    }
}
