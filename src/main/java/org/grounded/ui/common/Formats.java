package org.grounded.ui.common;

import java.text.NumberFormat;
import java.util.Locale;

/** Number and plural wording shared by the panes ("1 quotation", "12,480 words"). */
public final class Formats {

    private Formats() {
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT)).format(value);
    }

    /** {@code count("quotation", 3)} is "3 quotations". */
    public static String count(long value, String singular) {
        return count(value, singular, singular + "s");
    }

    public static String count(long value, String singular, String plural) {
        return number(value) + " " + (value == 1 ? singular : plural);
    }
}
