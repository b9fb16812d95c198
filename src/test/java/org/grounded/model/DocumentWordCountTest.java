package org.grounded.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Document#wordCount(String)}: runs of letters or digits, counted by code point. */
class DocumentWordCountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'   '|0",
        "one|1",
        "Interviewer: How old were you?|5",
        "it's 2 o'clock|5",
        "niño café façade|3",
        "数学 is fun|3",
        "𝒜𝒷𝒸 and 𝟘𝟙|3",
        "a—b–c|3"})
    void countsRunsOfLettersOrDigits(String text, int words) {
        assertThat(Document.wordCount(text)).isEqualTo(words);
    }

    @Test
    void agreesWithACountOverCodePointsOnRandomText() {
        Random random = new Random(21);
        char[] alphabet = {'a', 'Z', '7', ' ', '\n', '.', '\'', 'é', 'ß', '中', '\u00A0', '\uD835', '\uDC9C', '\uDC00',
            '\uD800', '-', '_', '٣'};
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(Document.wordCount(text.toString())).as(text.toString())
                    .isEqualTo(byCodePoints(text.toString()));
        }
    }

    /** The oracle: the plain definition, one code point at a time. */
    private static int byCodePoints(String text) {
        int words = 0;
        boolean inWord = false;
        for (int codePoint : text.codePoints().toArray()) {
            boolean wordChar = Character.isLetterOrDigit(codePoint);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
