package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerTurnFinderTest {

    @Test
    void aTurnRunsOverItsParagraphsUntilTheNextLabelAndLeavesOutTrailingBlankLines() {
        String text = "Interview 3, 12 May\n\nInterviewer: How did it start?\n\nAna: With my first baby.\n"
                + "She was small.\n\nI pumped every day.\n\nInterviewer: And then?\n\n\n";

        List<SpeakerTurn> turns = SpeakerTurnFinder.find(text);

        assertThat(turns).extracting(SpeakerTurn::speaker).containsExactly("Interviewer", "Ana", "Interviewer");
        assertThat(covered(text, turns.get(0))).isEqualTo("Interviewer: How did it start?");
        assertThat(covered(text, turns.get(1))).isEqualTo("Ana: With my first baby.\nShe was small.\n\nI pumped every day.");
        assertThat(covered(text, turns.get(2))).isEqualTo("Interviewer: And then?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Interviewer", "María José", "P1", "Dr. Lim", "Penemu bual", "O'Neil", "Jean-Luc",
            "María de la Cruz", "Nguyễn"})
    void namesOfOneToFourWordsWithAccentsDigitsDotsHyphensAndApostrophesAreSpeakers(String name) {
        String text = name + ": first words\nOther: reply\n" + name + ": second words\n";

        List<SpeakerTurn> turns = SpeakerTurnFinder.find(text);

        assertThat(turns).extracting(SpeakerTurn::speaker).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"One two three four five", "12", "Antidisestablishmentarianism Supercalifragilistic",
            "Note", "Date", "https"})
    void longNamesNumbersAndLabelWordsAreNotSpeakers(String name) {
        String text = name + ": first words\n" + name + ": second words\n" + name + ": third words\n";

        assertThat(SpeakerTurnFinder.find(text)).isEmpty();
    }

    @Test
    void aSingleNoteLineInProseIsNotATurn() throws Exception {
        ImportedTranscript transcript = new TranscriptImporter().read(TestFiles.resource("prose-with-note.txt"));

        assertThat(transcript.turns()).isEmpty();
    }

    @Test
    void aColonInsideALineOrATimeIsNotALabel() {
        String text = "We met at 10:30: the baby slept.\nShe said: come back tomorrow.\nShe said: fine.\n"
                + "The nurse, who wrote it down: ok.\nhttp://example.org\n";

        List<SpeakerTurn> turns = SpeakerTurnFinder.find(text);

        assertThat(turns).extracting(SpeakerTurn::speaker).containsExactly("She said", "She said");
    }

    @Test
    void aNameThatSpeaksOnceIsASpeakerWhenTheFileIsMostlyTurns() {
        String text = "Interviewer: Hi\nLucía: Hello\nInterviewer: Thanks\n";

        assertThat(SpeakerTurnFinder.find(text)).extracting(SpeakerTurn::speaker)
                .containsExactly("Interviewer", "Lucía", "Interviewer");
    }

    @Test
    void aNameThatLabelsOneLineOfMuchProseIsNotASpeaker() {
        String text = "Lucía: a line\nprose\nmore prose\nand more\nInterviewer: hi\nprose\nInterviewer: bye\nprose\n";

        assertThat(SpeakerTurnFinder.find(text)).extracting(SpeakerTurn::speaker)
                .containsExactly("Interviewer", "Interviewer");
    }

    @Test
    void namesMatchWhateverTheirCaseAndKeepTheirFirstSpelling() {
        String text = "Interviewer: one\nANA: two\nINTERVIEWER: three\nAna: four\n";

        assertThat(SpeakerTurnFinder.find(text)).extracting(SpeakerTurn::speaker)
                .containsExactly("Interviewer", "ANA", "Interviewer", "ANA");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**Interviewer:** hello|Interviewer",
            "**Ana**: hello|Ana",
            "Enquêteur : bonjour|Enquêteur",
            "Interviewer:|Interviewer"})
    void markdownEmphasisFrenchSpacingAndEmptyLabelsAreRecognised(String line, String speaker) {
        String text = line + "\n" + line + "\n";

        List<SpeakerTurn> turns = SpeakerTurnFinder.find(text);

        assertThat(turns).extracting(SpeakerTurn::speaker).containsExactly(speaker, speaker);
        assertThat(turns.get(0).start()).isZero();
    }

    @Test
    void aMarkdownHeadingOrRuleEndsTheTurnBeforeIt() {
        String text = "## Post 1\n\nSiti: Ada 80 bags 🤱🏽\n\nHana: Saya berminat!\n\n## Post 2\n\n"
                + "Siti: Dah reply.\n\n---\n\nHana: Terima kasih 🙏🏻\n";

        List<SpeakerTurn> turns = SpeakerTurnFinder.find(text);

        assertThat(turns).extracting(turn -> covered(text, turn)).containsExactly(
                "Siti: Ada 80 bags 🤱🏽", "Hana: Saya berminat!", "Siti: Dah reply.", "Hana: Terima kasih 🙏🏻");
    }

    @Test
    void textWithoutLabelsHasNoTurns() {
        assertThat(SpeakerTurnFinder.find("Just a memo.\nWith two lines.")).isEmpty();
        assertThat(SpeakerTurnFinder.find("")).isEmpty();
    }

    private static String covered(String text, SpeakerTurn turn) {
        return text.substring(turn.start(), turn.end());
    }
}
