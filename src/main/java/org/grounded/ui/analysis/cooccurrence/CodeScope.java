package org.grounded.ui.analysis.cooccurrence;

import static org.grounded.ui.i18n.Localization.lang;

/** Which codes the co-occurrence matrix compares. */
public enum CodeScope {
    ALL,
    GROUP,
    CHOSEN;

    /** The choice as the window names it, in the window's language. */
    public String label() {
        return switch (this) {
            case ALL -> lang("All codes");
            case GROUP -> lang("A code group");
            case CHOSEN -> lang("Chosen codes");
        };
    }
}
