package org.grounded.io.refi;

import java.util.Locale;

/**
 * How an exporter counted the {@code startPosition}/{@code endPosition} of its text selections.
 * The standard (REFI-QDA 1.5, section 10.2) counts Unicode code points of the plain-text file
 * from 0; not every tool does.
 */
enum PositionCounting {

    /** The standard: code points of the text file (a byte-order mark is not part of the text); CR LF is two. */
    CODE_POINTS("Unicode code points, as the standard says"),

    /**
     * NVivo 12 (checked on a real NVivo 12.6 export): UTF-16 code units after the byte-order mark,
     * so an emoji counts two; CR LF is two.
     */
    UTF16_UNITS("UTF-16 code units with CR LF as two characters, as NVivo writes them"),

    /**
     * ATLAS.ti (as QualCoder's importer found): code points, but a CR LF line break in the text
     * file counts as one character, as ATLAS.ti shows it.
     */
    CODE_POINTS_CRLF_AS_ONE("Unicode code points with CR LF as one character, as ATLAS.ti writes them");

    private final String description;

    PositionCounting(String description) {
        this.description = description;
    }

    /** In words, for the import report. */
    String description() {
        return description;
    }

    /** The counting a tool is known to use, from the project's {@code origin} attribute. */
    static PositionCounting forOrigin(String origin) {
        String tool = origin == null ? "" : origin.toLowerCase(Locale.ROOT);
        if (tool.contains("nvivo")) {
            return UTF16_UNITS;
        }
        if (tool.contains("atlas.ti") || tool.contains("atlasti")) {
            return CODE_POINTS_CRLF_AS_ONE;
        }
        return CODE_POINTS;
    }

    /** Source units one code point takes. */
    int width(int codePoint) {
        return this == UTF16_UNITS ? Character.charCount(codePoint) : 1;
    }

    /** Source units a CR LF pair takes. */
    int crlfWidth() {
        return this == CODE_POINTS_CRLF_AS_ONE ? 1 : 2;
    }
}
