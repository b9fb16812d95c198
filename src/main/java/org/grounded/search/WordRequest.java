package org.grounded.search;

import java.util.Objects;
import java.util.Optional;

/**
 * What a word list counts.
 *
 * @param scope         whose words
 * @param columns       a column per document, participant or group, or none (totals only)
 * @param minimumLength the shortest word kept, in characters (code points)
 * @param stopWords     whether the project's stop words are left out
 * @param top           the most frequent words to keep; 0 for all
 */
public record WordRequest(WordScope scope, Optional<WordGrouping> columns, int minimumLength, StopWordUse stopWords,
                          int top) {

    public WordRequest {
        Objects.requireNonNull(scope);
        Objects.requireNonNull(columns);
        Objects.requireNonNull(stopWords);
        if (minimumLength < 1) {
            throw new IllegalArgumentException("The minimum word length is at least 1, not " + minimumLength);
        }
        if (top < 0) {
            throw new IllegalArgumentException("The number of words to keep is 0 (all) or more, not " + top);
        }
    }

    /** Every word of the project but its stop words, without columns. */
    public static WordRequest everyWord() {
        return new WordRequest(WordScope.project(), Optional.empty(), 1, StopWordUse.LEAVE_OUT, 0);
    }

    public WordRequest withScope(WordScope newScope) {
        return new WordRequest(newScope, columns, minimumLength, stopWords, top);
    }

    public WordRequest withColumns(WordGrouping grouping) {
        return new WordRequest(scope, Optional.of(grouping), minimumLength, stopWords, top);
    }

    public WordRequest withMinimumLength(int length) {
        return new WordRequest(scope, columns, length, stopWords, top);
    }

    public WordRequest withStopWords(StopWordUse use) {
        return new WordRequest(scope, columns, minimumLength, use, top);
    }

    public WordRequest withTop(int count) {
        return new WordRequest(scope, columns, minimumLength, stopWords, count);
    }
}
