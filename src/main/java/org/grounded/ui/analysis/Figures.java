package org.grounded.ui.analysis;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import org.grounded.analysis.Decimals;
import org.grounded.ui.i18n.Localization;

/**
 * An analysis' figure as the window shows it: rounded as {@link Decimals} rounds it for every
 * output, written with the window's language's decimal mark (0.25 / 0,25). Files and the command
 * line keep {@link Decimals}' point.
 */
public final class Figures {

    private Figures() {
    }

    /** {@link Decimals#twoPlaces(double)} with the window's decimal mark. */
    public static String twoPlaces(double value) {
        return localMark(Decimals.twoPlaces(value));
    }

    /** {@link Decimals#twoPlaces(BigDecimal)} with the window's decimal mark. */
    public static String twoPlaces(BigDecimal value) {
        return localMark(Decimals.twoPlaces(value));
    }

    /** {@link Decimals#fixedTwoPlaces(BigDecimal)} with the window's decimal mark. */
    public static String fixedTwoPlaces(BigDecimal value) {
        return localMark(Decimals.fixedTwoPlaces(value));
    }

    private static String localMark(String figure) {
        char mark = DecimalFormatSymbols.getInstance(Localization.locale()).getDecimalSeparator();
        return mark == '.' ? figure : figure.replace('.', mark);
    }
}
