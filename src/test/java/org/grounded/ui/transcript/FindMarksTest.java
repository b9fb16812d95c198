package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grounded.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The find bar's marks laid over the transcript's styles, checked character by character. */
class FindMarksTest {

    private static final TranscriptStyle SPEAKER = new TranscriptStyle(true, "", 0);
    private static final TranscriptStyle CODED = new TranscriptStyle(false, "#0067A5", 1);

    @Test
    void marksCutTheRunsAndKeepTheStyleUnderThem() {
        // 0-4 speaker, 4-10 plain, 10-20 coded.
        List<TranscriptStyle.Run> runs = List.of(new TranscriptStyle.Run(4, SPEAKER),
                new TranscriptStyle.Run(6, TranscriptStyle.PLAIN), new TranscriptStyle.Run(10, CODED));
        List<TextSpan> matches = List.of(new TextSpan(2, 6), new TextSpan(8, 12), new TextSpan(15, 16));

        List<TranscriptStyle.Run> marked = FindMarks.overlay(runs, matches, 1);

        TranscriptStyle[] perChar = perChar(marked);
        assertThat(perChar).hasSize(20);
        for (int i = 0; i < 20; i++) {
            TranscriptStyle under = perChar(runs)[i];
            TranscriptStyle.FindMark expected = i >= 8 && i < 12 ? TranscriptStyle.FindMark.CURRENT
                    : i >= 2 && i < 6 || i == 15 ? TranscriptStyle.FindMark.MATCH : TranscriptStyle.FindMark.NONE;
            assertThat(perChar[i]).as("character %d", i).isEqualTo(under.withFind(expected));
        }
    }

    @Test
    void aFindMarkIsAnOutlineAndNeverTheTintOfACode() {
        String css = CODED.withFind(TranscriptStyle.FindMark.MATCH).toCss();

        assertThat(css).contains("-rtfx-background-color: #0067A53D").contains("-rtfx-border-stroke-color");
        assertThat(TranscriptStyle.PLAIN.withFind(TranscriptStyle.FindMark.CURRENT).toCss())
                .doesNotContain("background");
        assertThat(FindMarks.overlay(List.of(new TranscriptStyle.Run(3, CODED)), List.of(), -1))
                .containsExactly(new TranscriptStyle.Run(3, CODED));
    }

    private static TranscriptStyle[] perChar(List<TranscriptStyle.Run> runs) {
        return runs.stream().flatMap(run -> java.util.Collections.nCopies(run.length(), run.style()).stream())
                .toArray(TranscriptStyle[]::new);
    }
}
