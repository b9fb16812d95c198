package org.grounded.ui.common;

import org.grounded.model.CodingLevel;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * A coding level as the window names it, in the window's language ("Open coding", "Codificación
 * abierta", "Pengekodan terbuka"). {@link CodingLevel#displayName()} stays the English word the
 * command line and the exports print.
 */
public final class CodingLevelNames {

    private CodingLevelNames() {
    }

    /** "Open coding", "Axial coding", "Selective coding": a heading or a choice. */
    public static String coding(CodingLevel level) {
        return switch (level) {
            case OPEN -> lang("Open coding");
            case AXIAL -> lang("Axial coding");
            case SELECTIVE -> lang("Selective coding");
        };
    }

    /** "open coding", "axial coding", "selective coding": within a sentence or a legend. */
    public static String codingInText(CodingLevel level) {
        return switch (level) {
            case OPEN -> lang("open coding");
            case AXIAL -> lang("axial coding");
            case SELECTIVE -> lang("selective coding");
        };
    }

    /** "Open code", "Axial category", "Selective (theme)": what a code of that level is. */
    public static String codeOf(CodingLevel level) {
        return switch (level) {
            case OPEN -> lang("Open code");
            case AXIAL -> lang("Axial category");
            case SELECTIVE -> lang("Selective (theme)");
        };
    }
}
