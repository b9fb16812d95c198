package org.grounded.search;

import java.util.List;

/**
 * A word list: for each word (lower case, as written otherwise), its count in each column
 * (document, participant or group, in project order) and in all of them, most frequent first.
 */
public record WordCounts(List<String> columns, List<Row> rows) {

    public record Row(String word, List<Integer> counts, int total) {
        public Row {
            counts = List.copyOf(counts);
        }
    }

    public WordCounts {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
