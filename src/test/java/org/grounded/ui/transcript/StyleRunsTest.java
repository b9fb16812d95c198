package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class StyleRunsTest {

    private static final TranscriptStyle PLAIN = TranscriptStyle.PLAIN;
    private static final TranscriptStyle GOLD = new TranscriptStyle(false, "#F2C14E", 1);
    private static final TranscriptStyle FEARS = new TranscriptStyle(false, "#C8553D", 1);

    private static TranscriptStyle.Run run(int length, TranscriptStyle style) {
        return new TranscriptStyle.Run(length, style);
    }

    @Test
    void theSameStylesChangeNothing() {
        List<TranscriptStyle.Run> runs = List.of(run(10, PLAIN), run(5, GOLD), run(20, PLAIN));

        assertThat(StyleRuns.changed(runs, List.copyOf(runs))).isEmpty();
    }

    @Test
    void aNewHighlightChangesOnlyItsOwnStretch() {
        List<TranscriptStyle.Run> before = List.of(run(10, PLAIN), run(5, GOLD), run(20, PLAIN));
        List<TranscriptStyle.Run> after = List.of(run(10, PLAIN), run(5, GOLD), run(4, PLAIN), run(6, FEARS),
                run(10, PLAIN));

        assertThat(StyleRuns.changed(before, after)).contains(new TextRange(19, 25));
    }

    @Test
    void aPassageCodedInALongUncodedStretchChangesThePassageNotTheStretch() {
        List<TranscriptStyle.Run> before = List.of(run(100, PLAIN), run(50, GOLD), run(40_000, PLAIN));
        List<TranscriptStyle.Run> after = List.of(run(100, PLAIN), run(50, GOLD), run(20_000, PLAIN), run(120, FEARS),
                run(19_880, PLAIN));

        assertThat(StyleRuns.changed(before, after)).contains(new TextRange(20_150, 20_270));
    }

    @Test
    void aSliceIsCutAtItsEdges() {
        List<TranscriptStyle.Run> runs = List.of(run(10, PLAIN), run(5, GOLD), run(20, PLAIN));

        assertThat(StyleRuns.slice(runs, 12, 20)).containsExactly(run(3, GOLD), run(5, PLAIN));
    }

    @RepeatedTest(50)
    void restylingTheChangedStretchGivesTheSameStylesAsRestylingEverything() {
        Random random = new Random();
        TranscriptStyle[] styles = {PLAIN, GOLD, FEARS, new TranscriptStyle(true, "", 0)};
        int length = 1 + random.nextInt(300);
        TranscriptStyle[] old = randomStyles(random, styles, length);
        TranscriptStyle[] now = old.clone();
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int from = random.nextInt(length);
            int to = from + random.nextInt(length - from + 1);
            TranscriptStyle style = styles[random.nextInt(styles.length)];
            for (int i = from; i < to; i++) {
                now[i] = style;
            }
        }
        List<TranscriptStyle.Run> before = runs(old);
        List<TranscriptStyle.Run> after = runs(now);

        Optional<TextRange> changed = StyleRuns.changed(before, after);

        // The oracle: the first and the last character styled differently, found one by one.
        int first = 0;
        while (first < length && old[first].equals(now[first])) {
            first++;
        }
        int last = length - 1;
        while (last >= 0 && old[last].equals(now[last])) {
            last--;
        }
        assertThat(changed).isEqualTo(first == length ? Optional.empty() : Optional.of(new TextRange(first, last + 1)));

        TranscriptStyle[] patched = old.clone();
        changed.ifPresent(range -> {
            int offset = range.start();
            for (TranscriptStyle.Run run : StyleRuns.slice(after, range.start(), range.end())) {
                for (int i = 0; i < run.length(); i++) {
                    patched[offset++] = run.style();
                }
            }
            assertThat(offset).isEqualTo(range.end());
        });
        assertThat(patched).containsExactly(now);
    }

    private static TranscriptStyle[] randomStyles(Random random, TranscriptStyle[] styles, int length) {
        TranscriptStyle[] result = new TranscriptStyle[length];
        TranscriptStyle current = PLAIN;
        for (int i = 0; i < length; i++) {
            if (random.nextInt(10) == 0) {
                current = styles[random.nextInt(styles.length)];
            }
            result[i] = current;
        }
        return result;
    }

    /** Runs as the styler makes them: neighbours with the same style merged. */
    private static List<TranscriptStyle.Run> runs(TranscriptStyle[] styles) {
        List<TranscriptStyle.Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= styles.length; i++) {
            if (i == styles.length || !styles[i].equals(styles[start])) {
                runs.add(run(i - start, styles[start]));
                start = i;
            }
        }
        return runs;
    }
}
