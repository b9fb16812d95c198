package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextImportTest {

    /** Accents, a flag, a family joined by zero-width joiners, a skin-tone modifier. */
    private static final String UNICODE_TEXT = "Interviewer: ¿Cómo está, Ñusta? 😊\n"
            + "Ñusta: Muy bien 👩‍👩‍👧 y mi bebé también 🇲🇽 👍🏽\n"
            + "Interviewer: Gracias, São João.\n";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @TempDir
    Path folder;

    private final TranscriptImporter importer = new TranscriptImporter();

    static Stream<Arguments> unicodeEncodings() {
        return Stream.of(
                Arguments.of("UTF-8", new byte[0], StandardCharsets.UTF_8),
                Arguments.of("UTF-8", UTF8_BOM, StandardCharsets.UTF_8),
                Arguments.of("UTF-16LE", UTF16LE_BOM, StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE", UTF16BE_BOM, StandardCharsets.UTF_16BE));
    }

    @ParameterizedTest(name = "{0} with a {1}-byte BOM")
    @MethodSource("unicodeEncodings")
    void unicodeFilesKeepAccentsAndEmojiExactlyAndLoseTheirByteOrderMark(String encoding, byte[] bom, Charset charset)
            throws Exception {
        Path file = TestFiles.write(folder, "interview.txt", TestFiles.concat(bom, UNICODE_TEXT.getBytes(charset)));

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo(UNICODE_TEXT);
        assertThat(transcript.encoding()).isEqualTo(encoding);
        assertThat(transcript.notes()).isEmpty();
        assertThat(transcript.speakers()).containsExactly("Interviewer", "Ñusta");
    }

    @ParameterizedTest(name = "{0} with a {1}-byte BOM")
    @MethodSource("unicodeEncodings")
    void windowsLineEndingsBecomeLineFeedsWithANote(String encoding, byte[] bom, Charset charset) throws Exception {
        String crlf = UNICODE_TEXT.replace("\n", "\r\n");
        Path file = TestFiles.write(folder, "interview.md", TestFiles.concat(bom, crlf.getBytes(charset)));

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo(UNICODE_TEXT);
        assertThat(transcript.notes()).anyMatch(note -> note.contains("CRLF"));
        assertThat(transcript.format()).isEqualTo("md");
    }

    @Test
    void oldMacLineEndingsBecomeLineFeeds() throws Exception {
        Path file = TestFiles.write(folder, "mac.txt", "Interviewer: Hi\rAna: Hello\rInterviewer: Bye\r");

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo("Interviewer: Hi\nAna: Hello\nInterviewer: Bye\n");
        assertThat(transcript.notes()).anyMatch(note -> note.contains("(CR)"));
    }

    @Test
    void legacyWindows1252FileIsReadWithAFallbackNote() throws Exception {
        ImportedTranscript transcript = importer.read(TestFiles.resource("legacy-windows-1252.txt"));

        assertThat(transcript.encoding()).isEqualTo("windows-1252");
        assertThat(transcript.text()).isEqualTo("Entrevistador: ¿Qué pensó cuando donó por primera vez?\n"
                + "Señora Peña: Sentí un “orgullo” enorme, café y €20 de gasolina… ¡qué día!\n"
                + "Entrevistador: ¿Y después?\n"
                + "Señora Peña: Seguí donando.\n");
        assertThat(transcript.notes()).anyMatch(note -> note.contains("Windows-1252"))
                .anyMatch(note -> note.contains("CRLF"));
        assertThat(transcript.speakers()).containsExactly("Entrevistador", "Señora Peña");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acción: ñandú, pingüino, €5 “quoted” – ‘single’ — café",
            "Ça coûte 10 €, naïve façade, Œuvre…"})
    void windows1252BytesDecodeToTheSameCharactersJavaWouldEncode(String text) throws Exception {
        Path file = TestFiles.write(folder, "legacy.txt", text.getBytes(Charset.forName("windows-1252")));

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo(text);
        assertThat(transcript.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void bytesUndefinedInWindows1252AreKeptRatherThanLost() throws Exception {
        Path file = TestFiles.write(folder, "odd.txt", new byte[] {'a', (byte) 0x81, 'b', (byte) 0xE9});

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo("a\u0081bé");
    }

    @Test
    void decomposedAccentsAreComposedWithANote() throws Exception {
        String decomposed = "Entrevistadora: Lucía, ¿qué tal?\nLucía: Bien.\nEntrevistadora: Olé.";
        Path file = TestFiles.write(folder, "mac.txt",
                java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFD));

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo(decomposed);
        assertThat(transcript.notes()).anyMatch(note -> note.contains("NFC"));
        assertThat(transcript.speakers()).containsExactly("Entrevistadora", "Lucía");
    }

    @Test
    void aDamagedUtf16FileKeepsWhatItCanAndSaysSo() throws Exception {
        byte[] text = "Hola".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = TestFiles.concat(TestFiles.concat(UTF16LE_BOM, text), new byte[] {0x00, (byte) 0xD8});
        Path file = TestFiles.write(folder, "broken.txt", bytes);

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).startsWith("Hola");
        assertThat(transcript.notes()).anyMatch(note -> note.contains("damaged"));
    }

    @Test
    void spanishInterviewGetsItsTurnsLanguageAndName() throws Exception {
        Path file = TestFiles.resource("entrevista-es.txt");

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.name()).isEqualTo("entrevista-es");
        assertThat(transcript.source()).isEqualTo(file);
        assertThat(transcript.language()).isEqualTo("es");
        assertThat(transcript.speakers()).containsExactly("Entrevistadora", "María José");
        assertThat(transcript.turns()).hasSize(6);
        SpeakerTurn long_ = transcript.turns().get(3);
        assertThat(transcript.text().substring(long_.start(), long_.end()))
                .startsWith("María José: Al principio")
                .endsWith("leche de sobra.");
    }
}
