package org.grounded.ui.common;

import org.grounded.ui.i18n.Localization;

/** Number and plural wording shared by the panes ("1 quotation", "12,480 words"). */
public final class Formats {

    private Formats() {
    }

    /** A whole number in the window's language ({@code 12,480} / {@code 12.480}). */
    public static String number(long value) {
        return Localization.number(value);
    }

    /**
     * A count with its noun in the window's language: {@code plural(n, lang("%0 quotation"),
     * lang("%0 quotations"))} is "1 quotation" / "3 quotations" / "3 citas". Both texts come from
     * the bundles (Malay says the same in both; Spanish and English do not).
     */
    public static String plural(long value, String one, String many) {
        return (value == 1 ? one : many).replace("%0", number(value));
    }

    /**
     * {@code count("quotation", 3)} is "3 quotations", in English words: for panes not yet
     * converted to {@link #plural}, whose nouns are not in the bundles.
     */
    public static String count(long value, String singular) {
        return count(value, singular, singular + "s");
    }

    public static String count(long value, String singular, String plural) {
        return number(value) + " " + (value == 1 ? singular : plural);
    }
}
