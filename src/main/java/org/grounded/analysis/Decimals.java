package org.grounded.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How analyses' exact figures are shown: at most two decimals, rounded half up, trailing zeros
 * dropped, as published tables print them (57.5 %, 41.25 %, 3.13 for 3.125). Rounding happens
 * here, for display only; the analyses keep the exact values.
 */
public final class Decimals {

    private Decimals() {
    }

    public static String twoPlaces(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    public static String twoPlaces(double value) {
        return twoPlaces(BigDecimal.valueOf(value));
    }

    /** Exactly two decimals, rounded half up, as SPSS tables print percentages: 57.50, 1.25, 0.00. */
    public static String fixedTwoPlaces(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
