package org.grounded.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of writing a memo is: an analytic memo, a field note (what was seen and heard around an
 * interview) or an entry of the researcher's reflective journal. The kind changes no number; it lets
 * a researcher keep and hand over the three apart.
 */
public enum MemoKind {
    MEMO("memo", "Memo"),
    FIELD_NOTE("field-note", "Field note"),
    JOURNAL("journal", "Reflective journal");

    private final String key;
    private final String label;

    MemoKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The command line's and the exports' word for it: memo, field-note, journal. */
    public String key() {
        return key;
    }

    /** "Field note": as a heading or a list shows it. */
    public String label() {
        return label;
    }

    /** The kind a word names (its key or its name, case ignored: "field-note", "FIELD_NOTE", "field note"). */
    public static Optional<MemoKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(kind -> kind.key.equals(wanted)).findFirst();
    }
}
