package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shapes real transcripts come in (hard-wrapped text, Otter, Rev, Zoom): the speakers, the
 * roles and the paragraphs are checked against expectations written by hand, and no word of
 * the speech is lost on the way.
 */
class TranscriptShapesTest {

    @TempDir
    Path folder;

    private final TranscriptImporter importer = new TranscriptImporter();

    @Test
    void aHardWrappedTranscriptGetsOneParagraphPerTurnAndItsInterviewerFromTheParticipantCode() throws Exception {
        Path file = TestFiles.resource("shapes/hard-wrapped.txt");

        ImportedTranscript transcript = importer.read(file);

        assertThat(turnTexts(transcript)).containsExactly(
                "Max Bigman: Thanks for joining today. Could you start by telling me how your team uses the dashboard "
                        + "when a new dataset arrives?",
                "admin-1: Sure. When a dataset arrives we first look at the summary page, because it shows the "
                        + "distributions of every column, and then we decide together which of the models we want to "
                        + "retrain before the weekly meeting with the product people.",
                "Max Bigman: And who decides that?",
                "admin-1: Mostly me, but the analysts have a say as well, especially when the well-known problems "
                        + "with missing values come back.",
                "Max Bigman: What happens when the numbers look wrong?",
                "admin-1: Then we open the explanation view and look at the partial dependence plots, which usually "
                        + "tell us quickly whether the model or the data is at fault; after that we write a short note "
                        + "for the others.",
                "Max Bigman: Do you ever share those notes outside the team?",
                "admin-1: Rarely.");
        assertThat(transcript.text()).startsWith("Interview 7, product analytics team\n\nMax Bigman: Thanks");
        assertThat(DocumentImport.suggestedMappings(transcript)).containsExactly(
                new SpeakerMapping("Max Bigman", SpeakerRole.INTERVIEWER, ""),
                new SpeakerMapping("admin-1", SpeakerRole.PARTICIPANT, "admin-1"));
        assertThat(DocumentImport.interviewerProposals(transcript)).containsExactly(new InterviewerProposal("Max Bigman",
                "the other speaker, \"admin-1\", is named like a participant"));
        assertThat(words(transcript.text())).containsExactlyElementsOf(words(Files.readString(file)));
        assertThat(transcript.notes()).anyMatch(note -> note.startsWith("7 line break(s)"));
    }

    @Test
    void keepingLinesLeavesTheTextAsItIsInTheFile() throws Exception {
        Path file = TestFiles.resource("shapes/hard-wrapped.txt");

        ImportedTranscript transcript = importer.keepingLines(true).read(file);

        assertThat(transcript.text()).isEqualTo(Files.readString(file));
        assertThat(transcript.speakers()).containsExactly("Max Bigman", "admin-1");
        assertThat(transcript.turns().get(1).end() - transcript.turns().get(1).start())
                .isEqualTo(("admin-1: Sure. When a dataset arrives we first look at the summary page,\n"
                        + "because it shows the distributions of every column, and then we decide\n"
                        + "together which of the models we want to retrain before the weekly meeting with\n"
                        + "the product people.").length());
    }

    @Test
    void otterHeaderLinesStartTurnsAndTheOneWhoAsksIsProposedAsInterviewer() throws Exception {
        Path file = TestFiles.resource("shapes/otter.txt");

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo(Files.readString(file));
        assertThat(transcript.speakers()).containsExactly("Dan Ortiz", "Lena");
        assertThat(turnTexts(transcript)).startsWith("Dan Ortiz  0:03\nHow did you first hear about the study?",
                "Lena  0:07\nA friend told me about it at work, and I signed up the same evening because I had been "
                        + "looking for something like it for a long time.");
        assertThat(DocumentImport.suggestedMappings(transcript)).containsExactly(
                new SpeakerMapping("Dan Ortiz", SpeakerRole.INTERVIEWER, ""),
                new SpeakerMapping("Lena", SpeakerRole.PARTICIPANT, "Lena"));
        // Dan's turns: 8, 3 and 8 words; Lena's: 28, 27 and 13 (counted by hand).
        assertThat(DocumentImport.interviewerProposals(transcript)).containsExactly(new InterviewerProposal("Dan Ortiz",
                "asks 3 of 3 questions, in shorter turns (6 words on average, the others 23)"));
    }

    @Test
    void revLabelsWithTheirTimesNameTheSpeakers() throws Exception {
        Path file = TestFiles.resource("shapes/rev.txt");

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.speakers()).containsExactly("Speaker 1", "Speaker 2");
        assertThat(turnTexts(transcript)).hasSize(6).first()
                .isEqualTo("Speaker 1 (00:00:02):\nThanks for coming in. How long have you worked on the ward?");
        assertThat(DocumentImport.suggestedMappings(transcript)).containsExactly(
                new SpeakerMapping("Speaker 1", SpeakerRole.INTERVIEWER, ""),
                new SpeakerMapping("Speaker 2", SpeakerRole.PARTICIPANT, "Speaker 2"));
        assertThat(DocumentImport.interviewerProposals(transcript).get(0).reason()).startsWith("asks 3 of 3 questions");
        assertThat(words(transcript.text())).containsExactlyElementsOf(words(Files.readString(file)));
    }

    @Test
    void zoomCueLabelsBecomeTurnsAndTheInterviewerIsTheOneWhoAsks() throws Exception {
        ImportedTranscript transcript = importer.read(TestFiles.resource("shapes/zoom.vtt"));

        assertThat(turnTexts(transcript)).containsExactly(
                "Ana Souza: Can you tell me where you grew up?",
                "Kofi: In a small town near Kumasi, with my grandmother and three cousins. We lived next to the market.",
                "Ana Souza: What did your grandmother do?",
                "Kofi: She sold cloth at the market, every day except Sunday, for forty years.",
                "Ana Souza: And did you help her?",
                "Kofi: Every Saturday, yes.");
        assertThat(DocumentImport.suggestedMappings(transcript)).containsExactly(
                new SpeakerMapping("Ana Souza", SpeakerRole.INTERVIEWER, ""),
                new SpeakerMapping("Kofi", SpeakerRole.PARTICIPANT, "Kofi"));
    }

    @Test
    void teamsVoicesAreTheSpeakersAndTheRespondentsPartnerIsTheInterviewer() throws Exception {
        ImportedTranscript transcript = importer.read(TestFiles.resource("shapes/teams.vtt"));

        assertThat(turnTexts(transcript)).containsExactly(
                "Ana Souza: Could you say where you work?",
                "Respondent 3: At the regional hospital, in the children's ward, for six years now.",
                "Ana Souza: Why there?",
                "Respondent 3: Because it is close to home.");
        assertThat(DocumentImport.suggestedMappings(transcript)).containsExactly(
                new SpeakerMapping("Ana Souza", SpeakerRole.INTERVIEWER, ""),
                new SpeakerMapping("Respondent 3", SpeakerRole.PARTICIPANT, "Respondent 3"));
    }

    @Test
    void withoutQuestionsOrTellingNamesNobodyIsProposed() throws Exception {
        Path file = Files.writeString(folder.resolve("chat.txt"),
                "Ana: I came at nine.\n\nLim: I came later.\n\nAna: The bus was late.\n\nLim: Mine too.\n");

        ImportedTranscript transcript = importer.read(file);

        assertThat(DocumentImport.interviewerProposals(transcript)).isEmpty();
        assertThat(DocumentImport.suggestedMappings(transcript)).extracting(SpeakerMapping::role)
                .containsOnly(SpeakerRole.PARTICIPANT);
    }

    @Test
    void aShortLineOrAnIndentedLineIsNotJoinedToTheLineBefore() throws Exception {
        String text = "Ana: When I think about the first year with the baby, I remember mostly the nights\n"
                + "and the milk, always the milk.\n"
                + "That was it.\n"
                + "    A poem my mother wrote for the occasion and read aloud at the baptism\n"
                + "Lim: Yes, I remember that poem very well, it was long and we all cried at it.\n";
        Path file = Files.writeString(folder.resolve("lines.txt"), text, StandardCharsets.UTF_8);

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo("Ana: When I think about the first year with the baby, I remember mostly "
                + "the nights and the milk, always the milk.\n"
                + "That was it.\n"
                + "    A poem my mother wrote for the occasion and read aloud at the baptism\n"
                + "Lim: Yes, I remember that poem very well, it was long and we all cried at it.\n");
    }

    @Test
    void rtfAsTextEditWritesItKeepsAccentsEmojiAndParagraphs() throws Exception {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n"
                + "{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n"
                + "{\\colortbl;\\red255\\green255\\blue255;}\n"
                + "{\\*\\expandedcolortbl;;}\n"
                + "{\\info{\\author Lab PC}}\n"
                + "\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww11520\\viewh8400\\viewkind0\n"
                + "\\pard\\tx566\\pardirnatural\\partightenfactor0\n\n"
                + "\\f0\\fs24 \\cf0 Interviewer: \\'bfC\\'f3mo empez\\'f3?\\\n\\\n"
                + "Se\\'f1ora Pe\\'f1a: Con mi primer beb\\'e9 \\uc1\\u55357?\\u56832?, hace diez a\\'f1os, "
                + "\\ldblquote por amor\\rdblquote .\\\n\\\n"
                + "Interviewer: \\{Gracias\\}.\\par\n"
                + "Se\\'f1ora Pe\\'f1a: De nada.}";
        Path file = TestFiles.write(folder, "pena.rtf", rtf.getBytes(StandardCharsets.US_ASCII));

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo("Interviewer: ¿Cómo empezó?\n\n"
                + "Señora Peña: Con mi primer bebé \uD83D\uDE00, hace diez años, \u201Cpor amor\u201D.\n\n"
                + "Interviewer: {Gracias}.\nSeñora Peña: De nada.");
        assertThat(transcript.speakers()).containsExactly("Interviewer", "Señora Peña");
        assertThat(transcript.format()).isEqualTo("rtf");
    }

    @Test
    void aFileNamedRtfThatIsNotRtfIsRefusedWithItsName() {
        Path file = TestFiles.write(folder, "notes.rtf", "Interviewer: hello");

        assertThatThrownBy(() -> importer.read(file)).isInstanceOf(TranscriptImportException.class)
                .hasMessage("notes.rtf is damaged or is not an RTF file (it does not start with {\\rtf).");
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE", "UTF-16BE"})
    void utf16WithoutAByteOrderMarkIsRecognisedAndNamed(String encoding) throws Exception {
        String text = "Entrevistadora: ¿Cómo fue el primer año?\n\nSeñora Peña: Difícil, pero bonito. 😊\n";
        Path file = TestFiles.write(folder, "windows-export.txt", text.getBytes(java.nio.charset.Charset.forName(encoding)));

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo(text);
        assertThat(transcript.encoding()).isEqualTo(encoding);
        assertThat(transcript.notes()).anyMatch(note -> note.contains("no byte order mark"));
        assertThat(transcript.speakers()).containsExactly("Entrevistadora", "Señora Peña");
    }

    @Test
    void latin1WithoutWindowsOnlyCharactersIsNamedIso88591() throws Exception {
        String text = "Enquêteur : Où êtes-vous né ?\n\nGaëlle : À Besançon, en 1961.\n\nEnquêteur : Et après ?\n";
        Path file = TestFiles.write(folder, "latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1));

        ImportedTranscript transcript = importer.read(file);

        assertThat(transcript.text()).isEqualTo(text);
        assertThat(transcript.encoding()).isEqualTo("ISO-8859-1");
        assertThat(transcript.notes()).anyMatch(note -> note.contains("ISO-8859-1"));
        assertThat(transcript.speakers()).containsExactly("Enquêteur", "Gaëlle");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ana: text|Ana",
            "ANA MARIA: text|ANA MARIA",
            "[00:01:02] Ana: text|Ana",
            "[1:02] Ana: text|Ana",
            "Ana (00:01:02): text|Ana",
            "**Ana:** text|Ana",
            "Max Bigman  0:03|Max Bigman",
            "Speaker 2  1:02:33|Speaker 2"})
    void transcriptionServicesLabelsAreFound(String line, String name) {
        assertThat(SpeakerLabel.find(line)).map(SpeakerLabel::name).hasValue(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Participant|true", "Respondent 2|true", "P1|true", "admin-1|true", "R03|true",
            "Interviewee|true", "Dan|false", "Speaker 1|false", "Max Bigman|false"})
    void participantLikeNames(String name, boolean participantLike) {
        assertThat(InterviewerProposal.isParticipantLike(name)).isEqualTo(participantLike);
    }

    private static List<String> turnTexts(ImportedTranscript transcript) {
        return transcript.turns().stream().map(turn -> covered(transcript.text(), turn)).toList();
    }

    private static String covered(String text, SpeakerTurn turn) {
        return text.substring(turn.start(), turn.end());
    }

    /** The words in order: joining lines must neither lose nor change one. */
    static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }
}
