package org.grounded.export.table;

import java.util.List;
import java.util.Objects;

/**
 * A table as text cells, the common ground of the text formats (CSV, tab-separated, Markdown):
 * each export builds one grid and every text format renders the same grid, so they never
 * disagree.
 *
 * @param alignments one per column: numbers align right in Markdown
 * @param notes      lines below the table (a legend), rendered by formats that have room for them
 */
public record TextGrid(List<String> header, List<List<String>> rows, List<Alignment> alignments, List<String> notes) {

    /** How a column's cells align. */
    public enum Alignment {
        LEFT,
        RIGHT
    }

    public TextGrid {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        alignments = List.copyOf(alignments);
        notes = List.copyOf(notes);
        int width = header.size();
        if (alignments.size() != width) {
            throw new IllegalArgumentException("A grid needs one alignment per column");
        }
        for (List<String> row : rows) {
            if (row.size() != width) {
                throw new IllegalArgumentException("Row " + row + " has " + row.size() + " cells, not " + width);
            }
            row.forEach(Objects::requireNonNull);
        }
    }
}
