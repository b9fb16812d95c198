package org.grounded.io.refi;

import java.util.List;

/**
 * Decides how a file's selection positions are counted: the way its exporter is known to count
 * them (from the {@code origin} attribute), unless the texts say otherwise. Where the countings
 * disagree (a text with CR LF line breaks or emoji), each is tried on every selection; a
 * selection that starts and ends between words is one a person made, one that cuts words apart
 * was misread. Another counting wins only by a clear margin, so a known exporter is not second-
 * guessed on a handful of selections.
 *
 * @param counting the counting to use
 * @param reason   why, in words for the report
 */
record CountingChoice(PositionCounting counting, String reason) {

    /** The selections of one text source, as pairs of start and end positions. */
    record Sample(SourceText text, List<long[]> selections) {
    }

    static CountingChoice choose(String origin, List<Sample> samples) {
        return choose(PositionCounting.forOrigin(origin), origin, samples);
    }

    /** With the counting the file says it used (Grounded's own exports say so when they count UTF-16 units). */
    static CountingChoice choose(PositionCounting expected, String origin, List<Sample> samples) {
        List<Sample> telling = samples.stream().filter(s -> s.text().countingMatters() && !s.selections().isEmpty()).toList();
        if (telling.isEmpty()) {
            return new CountingChoice(expected, expected.description());
        }
        int selections = telling.stream().mapToInt(s -> s.selections().size()).sum();
        int expectedScore = score(expected, telling);
        PositionCounting best = expected;
        int bestScore = expectedScore;
        for (PositionCounting candidate : PositionCounting.values()) {
            int score = score(candidate, telling);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        int margin = Math.max(3, selections / 10);
        if (best != expected && bestScore - expectedScore >= margin) {
            return new CountingChoice(best, best.description() + " (" + bestScore + " of " + selections
                    + " selections fall between words this way, " + expectedScore + " the way "
                    + (origin == null || origin.isBlank() ? "the standard says" : origin + " is expected to count") + ")");
        }
        return new CountingChoice(expected, expected.description());
    }

    /** How many selections start and end on word boundaries when counted this way. */
    private static int score(PositionCounting counting, List<Sample> samples) {
        int score = 0;
        for (Sample sample : samples) {
            String text = sample.text().text();
            for (long[] selection : sample.selections()) {
                var range = sample.text().range(counting, selection[0], selection[1]);
                if (range.isPresent() && atWordBoundary(text, range.get().start())
                        && atWordBoundary(text, range.get().end())) {
                    score++;
                }
            }
        }
        return score;
    }

    private static boolean atWordBoundary(String text, int index) {
        if (index <= 0 || index >= text.length()) {
            return true;
        }
        return !Character.isLetterOrDigit(text.codePointBefore(index)) || !Character.isLetterOrDigit(text.codePointAt(index));
    }
}
