package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.grounded.model.SpeakerTurn;
import org.grounded.model.TextRanges;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random transcripts full of emoji right at the places where turns start and end: whatever the
 * format, no turn may cut a surrogate pair, and turns stay in order, apart and inside the text.
 */
class SurrogatePairTest {

    private static final String[] SPEAKERS = {"Interviewer", "Ana", "María José", "P1"};
    private static final String[] PIECES = {"😊", "👩‍👩‍👧", "🇲🇽", "👍🏽", "𝒜", "é", "ñ", "a", " ", "\n", "\n\n", ".", ":",
            "\r\n", "\t", "字"};

    @TempDir
    Path folder;

    static Stream<String> formats() {
        return Stream.of("txt", "md", "vtt", "srt", "docx", "odt");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void noTurnEverCutsASurrogatePair(String format) throws Exception {
        Random random = new Random(20240501L + format.hashCode());
        TranscriptImporter importer = new TranscriptImporter();
        int withTurns = 0;
        for (int round = 0; round < 25; round++) {
            List<String[]> turns = randomTurns(random);
            Path file = write(format, round, turns);

            ImportedTranscript transcript = importer.read(file);

            assertWellFormed(transcript);
            withTurns += transcript.turns().isEmpty() ? 0 : 1;
        }
        assertThat(withTurns).as("rounds in which speaker turns were found").isGreaterThan(18);
    }

    private static void assertWellFormed(ImportedTranscript transcript) {
        String text = transcript.text();
        int previousEnd = 0;
        for (SpeakerTurn turn : transcript.turns()) {
            assertThat(turn.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(turn.end()).isGreaterThan(turn.start()).isLessThanOrEqualTo(text.length());
            assertThat(TextRanges.splitsSurrogatePair(text, turn.start())).as("start of %s in %s", turn, text).isFalse();
            assertThat(TextRanges.splitsSurrogatePair(text, turn.end())).as("end of %s in %s", turn, text).isFalse();
            assertThat(text.substring(turn.start(), turn.end())).startsWith(turn.speaker());
            previousEnd = turn.end();
        }
    }

    private static List<String[]> randomTurns(Random random) {
        List<String[]> turns = new ArrayList<>();
        int count = 3 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            StringBuilder words = new StringBuilder(PIECES[random.nextInt(5)]);
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                words.append(PIECES[random.nextInt(PIECES.length)]);
            }
            words.append(PIECES[random.nextInt(5)]);
            turns.add(new String[] {SPEAKERS[random.nextInt(SPEAKERS.length)], words.toString()});
        }
        return turns;
    }

    private Path write(String format, int round, List<String[]> turns) throws Exception {
        Path file = folder.resolve("t" + round + "." + format);
        StringBuilder text = new StringBuilder();
        switch (format) {
            case "vtt" -> {
                text.append("WEBVTT\n\n");
                for (int i = 0; i < turns.size(); i++) {
                    text.append(String.format("00:00:%02d.000 --> 00:00:%02d.500%n", i, i))
                            .append("<v ").append(turns.get(i)[0]).append('>')
                            .append(turns.get(i)[1].replaceAll("\\s+", " ").strip()).append("\n\n");
                }
            }
            case "srt" -> {
                for (int i = 0; i < turns.size(); i++) {
                    text.append(i + 1).append('\n')
                            .append(String.format("00:00:%02d,000 --> 00:00:%02d,500%n", i, i))
                            .append(turns.get(i)[0]).append(": ")
                            .append(turns.get(i)[1].replaceAll("\\s+", " ").strip()).append("\n\n");
                }
            }
            case "docx" -> {
                List<String> paragraphs = new ArrayList<>();
                turns.forEach(turn -> paragraphs.add(turn[0] + ": " + turn[1].replace("\r", "")));
                return ContainerFiles.docx(file, paragraphs);
            }
            case "odt" -> {
                StringBuilder body = new StringBuilder();
                turns.forEach(turn -> body.append("<text:p>").append(turn[0]).append(":<text:s/>")
                        .append(turn[1].replace("\r\n", "<text:line-break/>").replace("\n", "<text:line-break/>")
                                .replace("\t", "<text:tab/>"))
                        .append("</text:p>"));
                return ContainerFiles.odt(file, body.toString());
            }
            default -> turns.forEach(turn -> text.append(turn[0]).append(": ").append(turn[1]).append('\n'));
        }
        return TestFiles.write(folder, file.getFileName().toString(), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
