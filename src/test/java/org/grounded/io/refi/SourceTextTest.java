package org.grounded.io.refi;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class SourceTextTest {

    private static final String EMOJI_COMMENT = "Na mi van? 🤣🤣\r\nSzégyellje magát!!! 👍\r\nVége";

    @Test
    void nvivoPositionsCountUtf16UnitsAndCrLfAsTwoAfterTheByteOrderMark() {
        byte[] file = ("\uFEFF" + EMOJI_COMMENT).getBytes(StandardCharsets.UTF_8);
        SourceText text = SourceText.decode(file);
        String line = "Szégyellje magát!!! 👍";
        int start = EMOJI_COMMENT.indexOf(line);

        var range = text.range(PositionCounting.UTF16_UNITS, start, start + line.length()).orElseThrow();

        assertThat(text.text()).doesNotContain("\r").doesNotStartWith("\uFEFF");
        assertThat(text.text().substring(range.start(), range.end())).isEqualTo(line);
    }

    @Test
    void standardPositionsCountCodePoints() {
        SourceText text = SourceText.of(EMOJI_COMMENT);
        String line = "Szégyellje magát!!! 👍";
        int start = EMOJI_COMMENT.codePointCount(0, EMOJI_COMMENT.indexOf(line));

        var range = text.range(PositionCounting.CODE_POINTS, start, start + line.codePointCount(0, line.length())).orElseThrow();

        assertThat(text.text().substring(range.start(), range.end())).isEqualTo(line);
    }

    @Test
    void atlasPositionsCountALineBreakAsOneCharacter() {
        SourceText text = SourceText.of("Uno\r\nDos\r\nTres");

        var range = text.range(PositionCounting.CODE_POINTS_CRLF_AS_ONE, 8, 12).orElseThrow();

        assertThat(text.text().substring(range.start(), range.end())).isEqualTo("Tres");
    }

    @Test
    void decomposedAccentsAreComposedAndSelectionsStillCoverThem() {
        SourceText text = SourceText.of("mama\u0301 dono\u0301");

        var range = text.range(PositionCounting.CODE_POINTS, 0, 5).orElseThrow();

        assertThat(text.text()).isEqualTo("mamá donó");
        assertThat(text.text().substring(range.start(), range.end())).isEqualTo("mamá");
    }

    @Test
    void aSelectionEndingInsideAnEmojiIsWidenedToTheWholeEmojiNeverCutInHalf() {
        SourceText text = SourceText.of("ok 🍼 ok");

        var range = text.range(PositionCounting.UTF16_UNITS, 3, 4).orElseThrow();

        assertThat(text.text().substring(range.start(), range.end())).isEqualTo("🍼");
    }

    @Test
    void aSelectionPastTheEndOfTheTextIsRefused() {
        SourceText text = SourceText.of("short");

        assertThat(text.range(PositionCounting.CODE_POINTS, 2, 6)).isEmpty();
        assertThat(text.range(PositionCounting.CODE_POINTS, 3, 3)).isEmpty();
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252AndSaysSo() {
        SourceText text = SourceText.decode("Entrevista a Mar\u00eda".getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(text.text()).isEqualTo("Entrevista a María");
        assertThat(text.fallbackEncoding()).isEqualTo("windows-1252");
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = "Línea 🍼".getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 2);
        System.arraycopy(body, 0, file, 2, body.length);

        assertThat(SourceText.decode(file).text()).isEqualTo("Línea 🍼");
    }

    /**
     * The oracle: the words a selection covers are the exporter's own characters between its
     * positions, normalised the way Grounded normalises whole texts.
     */
    @ParameterizedTest
    @EnumSource(PositionCounting.class)
    void everySelectionCoversTheNormalisedCharactersItCoveredInTheSource(PositionCounting counting) {
        Random random = new Random(42 + counting.ordinal());
        String[] pieces = {"a", "b", " ", "é", "e\u0301", "😀", "👩\u200D👧", "\r\n", "\n", "\r", "ő", "🙏🏽"};
        for (int round = 0; round < 60; round++) {
            StringBuilder raw = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                raw.append(pieces[random.nextInt(pieces.length)]);
            }
            checkAllSelections(raw.toString(), counting);
        }
    }

    private static void checkAllSelections(String raw, PositionCounting counting) {
        List<String> units = units(raw, counting);
        List<Integer> boundaries = new ArrayList<>();
        for (int i = 0; i <= units.size(); i++) {
            boolean insideCharacter = i > 0 && i < units.size() && (units.get(i).isEmpty()
                    || units.get(i).codePointAt(0) == 0x0301);
            if (!insideCharacter) {
                boundaries.add(i);
            }
        }
        SourceText text = SourceText.of(raw);
        for (int s : boundaries) {
            for (int e : boundaries) {
                if (e <= s) {
                    continue;
                }
                String covered = String.join("", units.subList(s, e));
                if (e < units.size() && covered.endsWith("\r") && units.get(e).equals("\n")) {
                    covered = covered.substring(0, covered.length() - 1);
                }
                String expected = Normalizer.normalize(covered.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
                var range = text.range(counting, s, e);
                if (expected.isEmpty()) {
                    assertThat(range).as("%s [%d,%d) of %s", counting, s, e, raw).isEmpty();
                } else {
                    assertThat(text.text().substring(range.orElseThrow().start(), range.get().end()))
                            .as("%s [%d,%d) of %s", counting, s, e, raw.replace("\r", "\\r").replace("\n", "\\n"))
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** The exporter's characters, one per position; "" for the second half of an emoji counted in UTF-16. */
    private static List<String> units(String raw, PositionCounting counting) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < raw.length(); ) {
            int codePoint = raw.codePointAt(i);
            int size = Character.charCount(codePoint);
            if (counting == PositionCounting.CODE_POINTS_CRLF_AS_ONE && raw.startsWith("\r\n", i)) {
                units.add("\r\n");
                i += 2;
                continue;
            }
            units.add(raw.substring(i, i + size));
            if (counting == PositionCounting.UTF16_UNITS && size == 2) {
                units.add("");
            }
            i += size;
        }
        return units;
    }
}
