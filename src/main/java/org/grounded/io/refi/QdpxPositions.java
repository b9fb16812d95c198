package org.grounded.io.refi;

import java.util.Locale;
import java.util.Optional;

/**
 * How an export counts selection positions. REFI-QDA 1.5 counts Unicode code points, Grounded's
 * default; NVivo (and readers built around it) count UTF-16 code units, so after an emoji every
 * selection would land a few characters off there (decision 0023).
 */
public enum QdpxPositions {

    /** The standard: Unicode code points. */
    CODE_POINTS("codepoints"),

    /** UTF-16 code units, as NVivo counts: an emoji counts two. */
    UTF16("utf16");

    private final String option;

    QdpxPositions(String option) {
        this.option = option;
    }

    /** The word on the command line ({@code --positions codepoints|utf16}). */
    public String option() {
        return option;
    }

    public static Optional<QdpxPositions> parse(String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("-", "");
        for (QdpxPositions positions : values()) {
            if (positions.option.equals(word)) {
                return Optional.of(positions);
            }
        }
        return Optional.empty();
    }
}
