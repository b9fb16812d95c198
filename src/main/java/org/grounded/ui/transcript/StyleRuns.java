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
     * The stretch of text whose style differs between two runs lists of the same text; empty when
     * they style it alike. Both lists must cover texts of the same length.
     */
    public static Optional<TextRange> changed(List<TranscriptStyle.Run> before, List<TranscriptStyle.Run> after) {
        int length = total(after);
        if (total(before) != length) {
            return length == 0 ? Optional.empty() : Optional.of(new TextRange(0, length));
        }
        int from = 0;
        int i = 0;
        while (i < before.size() && i < after.size() && before.get(i).equals(after.get(i))) {
            from += after.get(i).length();
            i++;
        }
        if (i == before.size() && i == after.size()) {
            return Optional.empty();
        }
        // The differing run starts at `from` but may share its style with the run before: widen to it.
        int to = length;
        int b = before.size() - 1;
        int a = after.size() - 1;
        while (b >= i && a >= i && before.get(b).equals(after.get(a))) {
            to -= after.get(a).length();
            b--;
            a--;
        }
        return from < to ? Optional.of(new TextRange(from, to)) : Optional.empty();
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

    private static int total(List<TranscriptStyle.Run> runs) {
        int length = 0;
        for (TranscriptStyle.Run run : runs) {
            length += run.length();
        }
        return length;
    }
}
