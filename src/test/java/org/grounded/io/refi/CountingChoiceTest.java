package org.grounded.io.refi;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountingChoiceTest {

    /** Comment lines with emoji and Windows line breaks, like the YouTube comments of the NVivo sample. */
    private static final String TEXT = String.join("\r\n",
            "Na mi van? 🤣🤣🤣", "Szégyellje magát!!! 👍👍", "minden fideszest 200x oltsanak be", "Igen 😊 igen",
            "Tudatos reklám 💉, hatalmas árulás", "Ez 🙄 vicces", "Köszönöm 🙏🏽 szépen", "Vége") + "\r\n";

    /** One selection per line, counted in UTF-16 units with CR LF as two, as NVivo counts. */
    private static List<long[]> nvivoSelections() {
        List<long[]> selections = new ArrayList<>();
        int start = 0;
        for (String line : TEXT.split("\r\n")) {
            selections.add(new long[] {start, start + line.length()});
            start += line.length() + 2;
        }
        return selections;
    }

    @Test
    void aKnownExporterIsTakenAtItsWord() {
        var choice = CountingChoice.choose("NVivo for Windows 12.6",
                List.of(new CountingChoice.Sample(SourceText.of(TEXT), nvivoSelections())));

        assertThat(choice.counting()).isEqualTo(PositionCounting.UTF16_UNITS);
    }

    @Test
    void anUnknownExporterThatCountsLikeNvivoIsRecognisedFromTheText() {
        var choice = CountingChoice.choose("SomeTool 1.0",
                List.of(new CountingChoice.Sample(SourceText.of(TEXT), nvivoSelections())));

        assertThat(choice.counting()).isEqualTo(PositionCounting.UTF16_UNITS);
        assertThat(choice.reason()).contains("SomeTool 1.0").contains("between words");
    }

    @Test
    void aFewAmbiguousSelectionsDoNotOverruleTheStandard() {
        var choice = CountingChoice.choose("", List.of(new CountingChoice.Sample(SourceText.of(TEXT),
                nvivoSelections().subList(0, 2))));

        assertThat(choice.counting()).isEqualTo(PositionCounting.CODE_POINTS);
    }

    @Test
    void textsWhereCountingsAgreeLeaveTheExpectedCounting() {
        var choice = CountingChoice.choose("ATLAS.ti Windows 23.2",
                List.of(new CountingChoice.Sample(SourceText.of("plain ascii\nlines"), List.of(new long[] {0, 5}))));

        assertThat(choice.counting()).isEqualTo(PositionCounting.CODE_POINTS_CRLF_AS_ONE);
    }
}
