package org.grounded.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding typed text in a study's text regardless of case and accents, with offsets into the text as shown. */
class TextFoldingTest {

    @Test
    void foldingDropsCaseAccentsAndRepeatedSpaces() {
        assertThat(TextFolding.fold("Mamá  DONACIÓN\n\tlactància")).isEqualTo("mama donacion lactancia");
        assertThat(TextFolding.fold("Ñandú")).isEqualTo("nandu");
    }

    @Test
    void anUnaccentedQueryFindsTheAccentedWordWithItsOffsetsInTheText() {
        String text = "La donación de leche. DONACION otra vez, y donacion.";
        List<TextSpan> found = TextFolding.of(text).find("donacion");

        // Counted by hand: "donación" at 3, "DONACION" at 22, "donacion" at 43.
        assertThat(found).containsExactly(new TextSpan(3, 11), new TextSpan(22, 30), new TextSpan(43, 51));
        assertThat(found).extracting(span -> text.substring(span.start(), span.end()))
                .containsExactly("donación", "DONACION", "donacion");
    }

    @Test
    void decomposedAccentsStayWithTheirLetter() {
        // "café" written as e + U+0301: the hit ends after the combining accent, not between it and its e.
        String text = "un cafe\u0301 solo";
        assertThat(TextFolding.of(text).find("CAFE")).containsExactly(new TextSpan(3, 8));
        assertThat(TextFolding.of("cafe\u0301").find("é")).containsExactly(new TextSpan(3, 5));
    }

    @Test
    void emojiBeforeAndInsideAHitKeepTheOffsetsExact() {
        // 👩🏽‍🍼 is four code points and seven UTF-16 units; 💪 is two units.
        String text = "👩🏽‍🍼 Doné leche 💪 al banco 👩🏽‍🍼 de leche";
        TextFolding folding = TextFolding.of(text);

        List<TextSpan> leche = folding.find("leche");
        assertThat(leche).extracting(span -> text.substring(span.start(), span.end())).containsExactly("leche", "leche");
        assertThat(leche.get(0).start()).isEqualTo(text.indexOf("leche"));
        assertThat(leche.get(1).start()).isEqualTo(text.lastIndexOf("leche"));
        assertThat(folding.find("done")).containsExactly(new TextSpan(8, 12));
        assertThat(folding.find("💪 AL")).containsExactly(new TextSpan(text.indexOf("💪"), text.indexOf("al") + 2));
        assertThat(folding.find("🍼 de")).containsExactly(new TextSpan(text.lastIndexOf("🍼"), text.lastIndexOf("de") + 2));
    }

    @Test
    void aQueryFindsTextAcrossALineBreakAsOneSpace() {
        String text = "milk\n\nbank and milk bank";
        assertThat(TextFolding.of(text).find("milk bank")).containsExactly(new TextSpan(0, 10), new TextSpan(15, 24));
    }

    @Test
    void hitsDoNotOverlap() {
        assertThat(TextFolding.of("aaaa").find("aa")).containsExactly(new TextSpan(0, 2), new TextSpan(2, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0301"})
    void aQueryOfNothingFindsNothing(String typed) {
        assertThat(TextFolding.of("some text").find(typed)).isEmpty();
    }

    /**
     * Against a brute-force oracle: every range of whole code points whose folded form is the
     * folded query, taken greedily from the left without overlaps, is what {@code find} returns.
     */
    @Test
    void findAgreesWithABruteForceSearchOverRandomTexts() {
        String[] alphabet = {"a", "á", "A", "Á", "a\u0301", "n", "ñ", "N", "n\u0303", " ", "\n", "👩🏽‍🍼", "💪", "é", "E",
                "\u200D", "❤️"};
        Random random = new Random(42);
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int i = 0; i < pieces; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            StringBuilder query = new StringBuilder();
            int queryPieces = 1 + random.nextInt(3);
            for (int i = 0; i < queryPieces; i++) {
                query.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String typed = query.toString();
            String shown = text.toString();
            assertThat(TextFolding.of(shown).find(typed)).as("'%s' in '%s'", typed, shown)
                    .isEqualTo(bruteForce(shown, typed));
        }
    }

    private static List<TextSpan> bruteForce(String text, String typed) {
        String wanted = TextFolding.fold(typed);
        List<TextSpan> found = new ArrayList<>();
        if (wanted.isBlank()) {
            return found;
        }
        List<Integer> bounds = new ArrayList<>();
        for (int i = 0; i <= text.length(); i = i < text.length() ? text.offsetByCodePoints(i, 1) : i + 1) {
            bounds.add(i);
        }
        int from = 0;
        for (int s = 0; s < bounds.size(); s++) {
            int start = bounds.get(s);
            if (start < from || start == text.length() || isMarkOrSelector(text.codePointAt(start))
                    || start > 0 && isSpaceAt(text, start) && isSpaceAt(text, start - 1)) {
                continue;
            }
            // The longest range from here that folds to the query: a hit takes the marks and spaces after it.
            TextSpan best = null;
            for (int e = s + 1; e < bounds.size(); e++) {
                int end = bounds.get(e);
                if (TextFolding.fold(text.substring(start, end)).equals(wanted)) {
                    best = new TextSpan(start, end);
                }
            }
            if (best != null) {
                found.add(best);
                from = best.end();
            }
        }
        return found;
    }

    private static boolean isSpaceAt(String text, int index) {
        return Character.isWhitespace(text.charAt(index));
    }

    private static boolean isMarkOrSelector(int codePoint) {
        return TextFolding.fold(new String(Character.toChars(codePoint))).isEmpty();
    }
}
