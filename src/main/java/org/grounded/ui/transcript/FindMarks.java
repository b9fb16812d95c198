package org.grounded.ui.transcript;

import java.util.ArrayList;
import java.util.List;
import org.grounded.model.TextSpan;

/**
 * Lays the find bar's marks over the transcript's style runs: the runs are cut at the matches'
 * edges and the stretches inside a match get its mark; speaker and coding styles stay as they are.
 * Linear in the runs and matches.
 */
public final class FindMarks {

    private FindMarks() {
    }

    /**
     * @param matches in text order, not overlapping, within the runs' text
     * @param current the index of the current match, -1 for none
     */
    public static List<TranscriptStyle.Run> overlay(List<TranscriptStyle.Run> runs, List<TextSpan> matches, int current) {
        if (matches.isEmpty() || runs.isEmpty()) {
            return runs;
        }
        List<TranscriptStyle.Run> result = new ArrayList<>(runs.size() + 2 * matches.size());
        int match = 0;
        int offset = 0;
        for (TranscriptStyle.Run run : runs) {
            int from = offset;
            int to = offset + run.length();
            while (from < to) {
                while (match < matches.size() && matches.get(match).end() <= from) {
                    match++;
                }
                if (match == matches.size() || matches.get(match).start() >= to) {
                    add(result, to - from, run.style());
                    from = to;
                } else if (matches.get(match).start() > from) {
                    add(result, matches.get(match).start() - from, run.style());
                    from = matches.get(match).start();
                } else {
                    int end = Math.min(to, matches.get(match).end());
                    TranscriptStyle.FindMark mark = match == current ? TranscriptStyle.FindMark.CURRENT
                            : TranscriptStyle.FindMark.MATCH;
                    add(result, end - from, run.style().withFind(mark));
                    from = end;
                }
            }
            offset = to;
        }
        return result;
    }

    private static void add(List<TranscriptStyle.Run> runs, int length, TranscriptStyle style) {
        if (length > 0) {
            runs.add(new TranscriptStyle.Run(length, style));
        }
    }
}
