package org.grounded.ui.analysis.cooccurrence;

import javafx.scene.paint.Color;

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
    static Color colour(double share) {
        double t = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
        return Color.rgb(channel(0, t), channel(1, t), channel(2, t));
    }

    private static int channel(int index, double t) {
        return (int) Math.round(LOW[index] + (HIGH[index] - LOW[index]) * t);
    }

    static boolean needsLightText(double share) {
        return share > DARK;
    }
}
