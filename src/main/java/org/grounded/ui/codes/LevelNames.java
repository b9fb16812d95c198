package org.grounded.ui.codes;

import org.grounded.model.CodingLevel;

import static org.grounded.ui.i18n.Localization.lang;

/** The coding levels as the window names them, in its language (the model's names stay English). */
public final class LevelNames {

    private LevelNames() {
    }

    /** "Open code", "Axial category", "Selective (theme)". */
    public static String of(CodingLevel level) {
        return switch (level) {
            case OPEN -> lang("Open code");
            case AXIAL -> lang("Axial category");
            case SELECTIVE -> lang("Selective (theme)");
        };
    }
}
