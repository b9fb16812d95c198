package org.grounded.ui.analysis.cooccurrence;

import java.util.Locale;

/**
 * The heat-map's colours: from white (nothing) to the house teal (the largest value), in even
 * steps of lightness so that twice the value reads as about twice as dark. Dark cells take white
 * text.
 */
final class HeatColours {

    private static final int[] LOW = {0xFF, 0xFF, 0xFF};
    private static final int[] HIGH = {0x1F, 0x5F, 0x66};
    /** Above this share of the largest value, text is white. */
    static final double DARK = 0.55;

    private HeatColours() {
    }

    /** The fill for a value's share of the largest value (0 to 1; outside is clamped). */
    static String fill(double share) {
        double t = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
        int[] rgb = new int[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = (int) Math.round(LOW[i] + (HIGH[i] - LOW[i]) * t);
        }
        return String.format(Locale.ROOT, "#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }

    static boolean needsLightText(double share) {
        return share > DARK;
    }
}
