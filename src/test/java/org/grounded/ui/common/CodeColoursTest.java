package org.grounded.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.grounded.ui.transcript.TranscriptStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dark codes are drawn lighter on the dark theme, just enough to stand out from the page by WCAG
 * 2.1's 3:1 for graphical objects; the contrast here is computed with the formula written out in
 * the test (WCAG 2.1, "relative luminance" and "contrast ratio"), not with the class's own.
 */
class CodeColoursTest {

    private static final String DARK_PAGE = "#1e2125";

    /** WCAG 2.1: L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB channels. */
    private static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            double linear = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
            sum += weights[i] * linear;
        }
        return sum;
    }

    /** WCAG 2.1: (L1 + 0.05) / (L2 + 0.05), L1 the lighter. */
    private static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theContrastFormulaGivesWcagsPublishedEnds() {
        assertThat(CodeColours.contrast("#000000", "#FFFFFF")).isCloseTo(21.0, within(1e-9));
        assertThat(CodeColours.contrast("#777777", "#777777")).isCloseTo(1.0, within(1e-9));
        // WebAIM's checker: #767676 on white is 4.54:1.
        assertThat(CodeColours.contrast("#767676", "#FFFFFF")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void theSamplesFearsIsLightenedUntilItStandsOutOnTheDarkPage() {
        assertThat(ratio("#2B3D26", DARK_PAGE)).isLessThan(1.5);

        String shown = CodeColours.shown("#2B3D26", true);

        assertThat(shown).isNotEqualTo("#2B3D26");
        assertThat(ratio(shown, DARK_PAGE)).isGreaterThanOrEqualTo(3.0);
        // Only as much lighter as needed.
        assertThat(ratio(shown, DARK_PAGE)).isLessThan(3.3);
        // Still a green: the green channel stays the largest.
        int r = Integer.parseInt(shown.substring(1, 3), 16);
        int g = Integer.parseInt(shown.substring(3, 5), 16);
        int b = Integer.parseInt(shown.substring(5, 7), 16);
        assertThat(g).isGreaterThan(r).isGreaterThan(b);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#000000", "#2B3D26", "#3D2B26", "#1E2125", "#0000FF", "#6A1B9A", "#BE0032"})
    void everyColourOnTheDarkThemeReachesThreeToOne(String colour) {
        assertThat(ratio(CodeColours.shown(colour, true), DARK_PAGE)).isGreaterThanOrEqualTo(3.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#F3C300", "#7A9E3B", "#6CC1C6", "#FFFFFF"})
    void colourThatStandOutAlreadyAreDrawnAsChosen(String colour) {
        assertThat(ratio(colour, DARK_PAGE)).isGreaterThanOrEqualTo(3.0);
        assertThat(CodeColours.shown(colour, true)).isEqualTo(colour);
    }

    @Test
    void theLightThemeDrawsEveryColourAsChosen() {
        assertThat(CodeColours.shown("#2B3D26", false)).isEqualTo("#2B3D26");
        assertThat(CodeColours.shown("#F3C300", false)).isEqualTo("#F3C300");
    }

    @Test
    void theTranscriptsTintUsesTheColourShown() {
        TranscriptStyle fears = new TranscriptStyle(false, "#2B3D26", 1);

        assertThat(fears.toCss(false)).contains("-rtfx-background-color: #2B3D263D;");
        assertThat(fears.toCss(true)).contains("-rtfx-background-color: " + CodeColours.shown("#2B3D26", true) + "3D;");
    }
}
