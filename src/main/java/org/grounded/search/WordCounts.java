package org.grounded.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A word list: for each word (lower case, as written otherwise), how often it occurs, in how many
 * documents and in the words of how many participants, and, when columns were asked for, its count
 * in each column (document, participant or group, in project order); most frequent first, ties in
 * alphabetical order. {@code words} is how many words were counted in all (every occurrence).
 */
public record WordCounts(List<String> columns, List<Row> rows, long words) {

    public record Row(String word, List<Integer> counts, int total, int documents, int participants) {
        public Row {
            counts = List.copyOf(counts);
        }
    }

    public WordCounts {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The header of the table the command line prints and the window exports. */
    public List<String> header() {
        List<String> header = new ArrayList<>();
        header.add("word");
        header.addAll(columns);
        header.add("total");
        header.add("documents");
        header.add("participants");
        return header;
    }

    /** The rows of that table, as text. */
    public List<List<String>> cells() {
        return rows.stream().map(row -> {
            List<String> cells = new ArrayList<>();
            cells.add(row.word());
            row.counts().forEach(count -> cells.add(String.valueOf(count)));
            cells.add(String.valueOf(row.total()));
            cells.add(String.valueOf(row.documents()));
            cells.add(String.valueOf(row.participants()));
            return cells;
        }).toList();
    }
}
