package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubtitleImportTest {

    @TempDir
    Path folder;

    private final TranscriptImporter importer = new TranscriptImporter();

    @Test
    void teamsVoiceTagsBecomeTurnsAndConsecutiveCuesOfOneSpeakerMerge() throws Exception {
        ImportedTranscript transcript = importer.read(TestFiles.resource("teams-meeting.vtt"));

        assertThat(transcript.text()).isEqualTo("""
                Interviewer: Hi Ana, thanks for joining. Can you hear me?

                Ana Lúcia: Yes, perfectly. I donated milk for six months & it felt good. Honestly, it changed me.

                Interviewer: Tell me more.""");
        assertThat(transcript.format()).isEqualTo("vtt");
        assertThat(transcript.language()).isEqualTo("en");
        assertThat(transcript.speakers()).containsExactly("Interviewer", "Ana Lúcia");
        assertTurnsCoverTheirParagraphs(transcript);
        assertThat(transcript.notes()).anyMatch(note -> note.contains("NOTE, STYLE or REGION"))
                .anyMatch(note -> note.contains("5 cues became 3 speaker turns"));
    }

    @Test
    void zoomNameLabelsBecomeTurns() throws Exception {
        ImportedTranscript transcript = importer.read(TestFiles.resource("zoom-call.vtt"));

        assertThat(transcript.text()).isEqualTo("""
                Interviewer: Selamat pagi, Nurul.

                Nurul Aisyah: Selamat pagi. Saya sudah bersedia. Saya ada banyak susu masa itu.

                Interviewer: Boleh ceritakan lagi?

                Nurul Aisyah: Boleh, tentu sekali.""");
        assertThat(transcript.speakers()).containsExactly("Interviewer", "Nurul Aisyah");
        assertThat(transcript.turns()).hasSize(4);
        assertThat(transcript.language()).isEqualTo("ms");
        assertTurnsCoverTheirParagraphs(transcript);
    }

    @Test
    void subRipNumbersTimingsAndTagsAreDropped() throws Exception {
        ImportedTranscript transcript = importer.read(TestFiles.resource("interview.srt"));

        assertThat(transcript.text()).isEqualTo("""
                Entrevistadora: ¿Cómo empezó la donación?

                María José: Empezó con mucha leche, más de la que mi bebé tomaba. Y decidí donarla.

                Entrevistadora: Gracias.""");
        assertThat(transcript.format()).isEqualTo("srt");
        assertThat(transcript.speakers()).containsExactly("Entrevistadora", "María José");
        assertTurnsCoverTheirParagraphs(transcript);
    }

    @Test
    void cuesWithoutSpeakersAreKeptOneLineEachOutsideAnyTurn() throws Exception {
        Path file = TestFiles.write(folder, "captions.srt", """
                1
                00:00:01,000 --> 00:00:02,000
                The bank opens at nine.

                2
                00:00:02,500 --> 00:00:04,000
                Donors come with cool bags.
                """);

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo("The bank opens at nine.\nDonors come with cool bags.");
        assertThat(transcript.turns()).isEmpty();
        assertThat(transcript.notes()).anyMatch(note -> note.contains("no speaker names were found"));
    }

    @Test
    void severalVoicesInOneCueAreSeparateTurns() throws Exception {
        Path file = TestFiles.write(folder, "two-voices.vtt", """
                WEBVTT

                00:01.000 --> 00:04.000
                <v Ana>Did you pump today?
                <v Bea>Twice, &lt;100 ml&gt; each.
                """);

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo("Ana: Did you pump today?\n\nBea: Twice, <100 ml> each.");
        assertThat(transcript.speakers()).containsExactly("Ana", "Bea");
    }

    @Test
    void aFileWithoutHeaderIsStillReadWithANote() throws Exception {
        Path file = TestFiles.write(folder, "no-header.vtt", "00:01.000 --> 00:02.000\n<v Ana>Hello</v>\n");

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo("Ana: Hello");
        assertThat(transcript.notes()).anyMatch(note -> note.contains("WEBVTT header"));
    }

    @Test
    void aWebVttFileWithOnlyAHeaderHasNothingToImport() {
        Path file = TestFiles.write(folder, "empty.vtt", "WEBVTT\n\nNOTE nothing said\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.read(file))
                .isInstanceOf(TranscriptImportException.class)
                .hasMessageContaining("empty.vtt")
                .hasMessageContaining("no subtitle text");
    }

    @Test
    void crlfSubtitlesReadLikeLineFeedOnes() throws Exception {
        Path unix = TestFiles.resource("interview.srt");
        String crlf = java.nio.file.Files.readString(unix).replace("\n", "\r\n");
        Path windows = TestFiles.write(folder, "interview.srt", crlf);

        assertThat(importer.read(windows).text()).isEqualTo(importer.read(unix).text());
    }

    private static void assertTurnsCoverTheirParagraphs(ImportedTranscript transcript) {
        List<String> paragraphs = List.of(transcript.text().split("\n\n"));
        assertThat(transcript.turns()).hasSameSizeAs(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            SpeakerTurn turn = transcript.turns().get(i);
            assertThat(transcript.text().substring(turn.start(), turn.end()))
                    .isEqualTo(paragraphs.get(i))
                    .startsWith(turn.speaker() + ": ");
        }
    }
}
