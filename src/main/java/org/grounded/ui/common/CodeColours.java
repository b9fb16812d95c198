package org.grounded.ui.common;

import java.util.Locale;

/**
 * A code's colour as the window draws it. The colour a researcher chose is kept as it is in the
 * project; only the dark theme draws a dark colour lighter, so that its tint on the transcript and
 * its bracket in the margin stay visible on the dark page (the sample's "Fears", {@code #2B3D26},
 * is nearly black there).
 *
 * <p>The rule: on the dark theme a colour's lightness (HSL) is raised, hue and saturation kept so
 * that it reads as the same colour, in the least step that gives it a contrast ratio of at least
 * {@link #MIN_CONTRAST} against the dark page, the WCAG 2.1 minimum for graphical objects (success
 * criterion 1.4.11). Colours that have it already are drawn as chosen.
 */
public final class CodeColours {

    /** WCAG 2.1's minimum contrast of a graphical object against what is next to it. */
    public static final double MIN_CONTRAST = 3.0;
    /** The dark theme's page behind the transcript ({@code -g-surface} of {@code grounded-dark.css}). */
    public static final String DARK_PAGE = "#1e2125";
    /** Lightening raises the lightness by fiftieths of what is left to white. */
    private static final int STEPS = 50;

    private CodeColours() {
    }

    /** {@code colour} (#RRGGBB) as drawn on the light or the dark theme; anything unreadable as it is. */
    public static String shown(String colour, boolean dark) {
        if (!dark || colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
            return colour;
        }
        int[] rgb = rgb(colour);
        double page = luminance(rgb(DARK_PAGE));
        for (int step = 0; step <= STEPS; step++) {
            int[] mixed = lighter(rgb, (double) step / STEPS);
            if (contrast(luminance(mixed), page) >= MIN_CONTRAST) {
                return step == 0 ? colour : hex(mixed);
            }
        }
        return "#FFFFFF";
    }

    /** The contrast ratio of two colours (#RRGGBB), 1 to 21, as WCAG 2.1 defines it. */
    public static double contrast(String one, String other) {
        return contrast(luminance(rgb(one)), luminance(rgb(other)));
    }

    private static double contrast(double one, double other) {
        return (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
    }

    /** WCAG 2.1's relative luminance of an sRGB colour. */
    private static double luminance(int[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** {@code rgb} with its HSL lightness moved {@code share} of the way to white. */
    private static int[] lighter(int[] rgb, double share) {
        double r = rgb[0] / 255.0;
        double g = rgb[1] / 255.0;
        double b = rgb[2] / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double lightness = (max + min) / 2;
        double chroma = max - min;
        double saturation = chroma == 0 ? 0 : chroma / (1 - Math.abs(2 * lightness - 1));
        double hue;
        if (chroma == 0) {
            hue = 0;
        } else if (max == r) {
            hue = ((g - b) / chroma + 6) % 6;
        } else if (max == g) {
            hue = (b - r) / chroma + 2;
        } else {
            hue = (r - g) / chroma + 4;
        }
        double newLightness = lightness + (1 - lightness) * share;
        double newChroma = (1 - Math.abs(2 * newLightness - 1)) * saturation;
        double x = newChroma * (1 - Math.abs(hue % 2 - 1));
        double[] rgb1 = switch ((int) hue) {
            case 0 -> new double[] {newChroma, x, 0};
            case 1 -> new double[] {x, newChroma, 0};
            case 2 -> new double[] {0, newChroma, x};
            case 3 -> new double[] {0, x, newChroma};
            case 4 -> new double[] {x, 0, newChroma};
            default -> new double[] {newChroma, 0, x};
        };
        double m = newLightness - newChroma / 2;
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(Math.min(1, Math.max(0, rgb1[i] + m)) * 255);
        }
        return out;
    }

    private static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }
}
