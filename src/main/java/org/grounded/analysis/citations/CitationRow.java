package org.grounded.analysis.citations;

import java.util.List;
import java.util.Objects;
import org.grounded.model.Code;

/**
 * One row of a citations table: a code or category.
 *
 * @param depth the code's depth in the code tree (0 for a top-level code), for indenting
 * @param rank  the general position by number of citations: 1 for the largest total; rows with
 *              equal totals share a rank and the next rank skips (1, 2, 2, 4)
 * @param cells one per {@link CitationTable#columns()} entry, in that order
 * @param total the distinct quotations of the row in the whole (filtered) project; not the sum of
 *              the cells, since a quotation across two participants' turns counts in both their
 *              columns but once here, and a quotation of nobody (the interviewer's words) counts
 *              in no column but here
 */
public record CitationRow(Code code, int depth, int rank, List<CitationCell> cells, CitationCell total) {

    public CitationRow {
        Objects.requireNonNull(code, "code");
        cells = List.copyOf(cells);
        Objects.requireNonNull(total, "total");
    }

    public CitationCell cell(int column) {
        return cells.get(column);
    }
}
