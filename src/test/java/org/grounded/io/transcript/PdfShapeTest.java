package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A MAXQDA-style PDF export: numbered paragraphs, a header and a "1/3" footer on every page, lines broken by the page. */
class PdfShapeTest {

    static final List<List<String>> PARAGRAPHS = List.of(
            List.of("Interview"),
            List.of("Dan: Okay. So now you can stop sharing your screen, and we can talk about how",
                    "you explain a model to the people who use it. What do you show them first?"),
            List.of("Participant: Ah, yeah. Usually we start with the global picture, so we tend to",
                    "use ICE plots and partial dependence, and then we go to single cases when the",
                    "team asks for more detailed explanations, or for some more detailed infor-",
                    "mation about one customer."),
            List.of("Dan: And who looks at those plots?"),
            List.of("Participant: Mostly the analysts. The managers only want one number, and that",
                    "is a problem, because a single number hides everything that matters to the",
                    "people who are affected by the decision."),
            List.of("Dan: Why do you think that is?"),
            List.of("Participant: Time, I guess. Nobody has time to read a report of twelve pages,",
                    "so we write one page with three pictures, and even that is often too much."),
            List.of("Dan: Thank you, that was very helpful."));

    /** The same transcript as a reader hears it, written by hand. */
    static final List<String> EXPECTED_PARAGRAPHS = List.of(
            "Interview",
            "Dan: Okay. So now you can stop sharing your screen, and we can talk about how you explain a model to the "
                    + "people who use it. What do you show them first?",
            "Participant: Ah, yeah. Usually we start with the global picture, so we tend to use ICE plots and partial "
                    + "dependence, and then we go to single cases when the team asks for more detailed explanations, or "
                    + "for some more detailed information about one customer.",
            "Dan: And who looks at those plots?",
            "Participant: Mostly the analysts. The managers only want one number, and that is a problem, because a "
                    + "single number hides everything that matters to the people who are affected by the decision.",
            "Dan: Why do you think that is?",
            "Participant: Time, I guess. Nobody has time to read a report of twelve pages, so we write one page with "
                    + "three pictures, and even that is often too much.",
            "Dan: Thank you, that was very helpful.");

    @TempDir
    Path folder;

    @Test
    void readsLikeTheTranscriptWithoutPageFurnitureOrParagraphNumbers() throws Exception {
        Path file = NumberedPdf.write(folder.resolve("interview-4.pdf"), "Explainability study, interview 4", PARAGRAPHS, 5);

        ImportedTranscript transcript = new TranscriptImporter().read(file);

        assertThat(transcript.text()).isEqualTo(String.join("\n\n", EXPECTED_PARAGRAPHS));
        assertThat(transcript.turns()).extracting(SpeakerTurn::speaker)
                .containsExactly("Dan", "Participant", "Dan", "Participant", "Dan", "Participant", "Dan");
        assertThat(DocumentImport.suggestedMappings(transcript)).containsExactly(
                new SpeakerMapping("Dan", SpeakerRole.INTERVIEWER, ""),
                new SpeakerMapping("Participant", SpeakerRole.PARTICIPANT, "Participant"));
        String spoken = String.join(" ", EXPECTED_PARAGRAPHS);
        assertThat(TranscriptShapesTest.words(transcript.text())).containsExactlyElementsOf(TranscriptShapesTest.words(spoken));
    }

    @Test
    void tabsBetweenWordsBecomeSingleSpaces() {
        PdfPageText.Cleaned cleaned = PdfPageText.clean(List.of("Dan:\t\tOkay.\tSo\tnow\tyou\tcan\tstop\n"
                + "Participant:\t\tAh,\tyeah.\u00A0\u00A0We\ttend\tto\tuse\n"));

        assertThat(cleaned.text()).isEqualTo("Dan: Okay. So now you can stop\nParticipant: Ah, yeah. We tend to use");
    }

    @Test
    void pageNumbersInTheirUsualFormsAndRepeatedHeadersGoButBodyNumbersStay() {
        List<String> pages = List.of(
                "Study of night shifts\nAna: 12 years ago we moved here.\n7\n",
                "Study of night shifts\nLim: 3 of us came.\nPage 2 of 3\n",
                "Study of night shifts\nAna: Yes.\n- 9 -\n");

        PdfPageText.Cleaned cleaned = PdfPageText.clean(pages);

        assertThat(cleaned.text()).isEqualTo("Ana: 12 years ago we moved here.\nLim: 3 of us came.\nAna: Yes.");
        assertThat(cleaned.pageNumbers()).isEqualTo(3);
        assertThat(cleaned.repeatedLines()).isEqualTo(3);
        assertThat(cleaned.paragraphNumbers()).isZero();
        assertThat(cleaned.note()).isEqualTo("Left out of the PDF's text: 3 page number(s), "
                + "3 header or footer line(s) repeated on the pages.");
    }

    @Test
    void aNumberThatStartsAnAnswerIsNotAParagraphNumber() {
        PdfPageText.Cleaned cleaned = PdfPageText.clean(List.of(
                "1 Dan: How long?\n2 Ana: I stayed for\n12 years, maybe more.\n3 Dan: And then?\n4 Ana: Then\n"
                        + "20 more in the city.\n"));

        assertThat(cleaned.text()).isEqualTo("Dan: How long?\n\nAna: I stayed for\n12 years, maybe more.\n\nDan: And then?\n\n"
                + "Ana: Then\n20 more in the city.");
        assertThat(cleaned.paragraphNumbers()).isEqualTo(4);
    }
}
