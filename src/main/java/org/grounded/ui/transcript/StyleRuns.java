package org.grounded.ui.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares two stylings of the same text, so that an edit restyles only the stretch it changed:
 * restyling a 100,000-word transcript whole costs the text area tens of milliseconds, coding one
 * passage changes a few hundred characters.
 */
public final class StyleRuns {

    private StyleRuns() {
    }

    /**
     * The stretch of text whose style differs between two runs lists of the same text, from its
     * first differing character to its last; empty when they style it alike. Both lists must cover
     * texts of the same length. Compared character by character (in steps of runs), not run by run:
     * a passage coded in a long uncoded stretch splits that stretch's run in two, and only the
     * passage differs, not the whole stretch (which may run to the transcript's end).
     */
    public static Optional<TextRange> changed(List<TranscriptStyle.Run> before, List<TranscriptStyle.Run> after) {
        int length = total(after);
        if (total(before) != length) {
            return length == 0 ? Optional.empty() : Optional.of(new TextRange(0, length));
        }
        int from = alike(before, after, false);
        if (from == length) {
            return Optional.empty();
        }
        int to = length - alike(before, after, true);
        return Optional.of(new TextRange(from, to));
    }

    /** How many characters from the start (or from the end) the two styles share. */
    private static int alike(List<TranscriptStyle.Run> before, List<TranscriptStyle.Run> after, boolean fromEnd) {
        int b = 0;
        int a = 0;
        int leftB = before.isEmpty() ? 0 : run(before, 0, fromEnd).length();
        int leftA = after.isEmpty() ? 0 : run(after, 0, fromEnd).length();
        int shared = 0;
        while (b < before.size() && a < after.size()
                && run(before, b, fromEnd).style().equals(run(after, a, fromEnd).style())) {
            int step = Math.min(leftB, leftA);
            shared += step;
            leftB -= step;
            leftA -= step;
            if (leftB == 0 && ++b < before.size()) {
                leftB = run(before, b, fromEnd).length();
            }
            if (leftA == 0 && ++a < after.size()) {
                leftA = run(after, a, fromEnd).length();
            }
        }
        return shared;
    }

    private static TranscriptStyle.Run run(List<TranscriptStyle.Run> runs, int index, boolean fromEnd) {
        return runs.get(fromEnd ? runs.size() - 1 - index : index);
    }

    /** The runs covering {@code [from, to)} of the text, cut at its edges. */
    public static List<TranscriptStyle.Run> slice(List<TranscriptStyle.Run> runs, int from, int to) {
        List<TranscriptStyle.Run> slice = new ArrayList<>();
        int offset = 0;
        for (TranscriptStyle.Run run : runs) {
            int start = Math.max(offset, from);
            int end = Math.min(offset + run.length(), to);
            if (start < end) {
                slice.add(new TranscriptStyle.Run(end - start, run.style()));
            }
            offset += run.length();
            if (offset >= to) {
                break;
            }
        }
        return slice;
    }

    /**
     * The runs with {@code stretch} of the text replaced by {@code middle} (which covers it
     * exactly), alike neighbours at its edges merged, as a whole restyle would give them.
     */
    public static List<TranscriptStyle.Run> splice(List<TranscriptStyle.Run> runs, TextRange stretch,
                                                   List<TranscriptStyle.Run> middle) {
        List<TranscriptStyle.Run> spliced = new ArrayList<>(runs.size() + middle.size());
        int length = total(runs);
        for (List<TranscriptStyle.Run> part : List.of(slice(runs, 0, stretch.start()), middle,
                slice(runs, stretch.end(), length))) {
            for (TranscriptStyle.Run run : part) {
                int last = spliced.size() - 1;
                if (last >= 0 && spliced.get(last).style().equals(run.style())) {
                    spliced.set(last, new TranscriptStyle.Run(spliced.get(last).length() + run.length(), run.style()));
                } else {
                    spliced.add(run);
                }
            }
        }
        return spliced;
    }

    private static int total(List<TranscriptStyle.Run> runs) {
        int length = 0;
        for (TranscriptStyle.Run run : runs) {
            length += run.length();
        }
        return length;
    }
}
