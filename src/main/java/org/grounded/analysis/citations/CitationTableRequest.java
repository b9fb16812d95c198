package org.grounded.analysis.citations;

import java.util.Objects;

/**
 * What citations table to compute.
 *
 * @param top how many of the largest values each column marks, and how many totals (study A's
 *            tables use 5); 0 marks nothing
 */
public record CitationTableRequest(ColumnsBy columns, RowCodes rows, SubCodes subCodes, CitationFilter filter,
                                   int top, RowOrder order) {

    public static final int DEFAULT_TOP = 5;

    public CitationTableRequest {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(subCodes, "subCodes");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(order, "order");
        if (top < 0) {
            throw new IllegalArgumentException("The number of marked values cannot be negative: " + top);
        }
    }

    /** Columns by participant, every code as a row with its sub-codes' quotations, top 5, tree order. */
    public static CitationTableRequest defaults() {
        return new CitationTableRequest(ColumnsBy.participants(), RowCodes.ALL_CODES, SubCodes.INCLUDED,
                CitationFilter.NONE, DEFAULT_TOP, RowOrder.codeTree());
    }

    public CitationTableRequest withColumns(ColumnsBy newColumns) {
        return new CitationTableRequest(newColumns, rows, subCodes, filter, top, order);
    }

    public CitationTableRequest withRows(RowCodes newRows) {
        return new CitationTableRequest(columns, newRows, subCodes, filter, top, order);
    }

    public CitationTableRequest withSubCodes(SubCodes newSubCodes) {
        return new CitationTableRequest(columns, rows, newSubCodes, filter, top, order);
    }

    public CitationTableRequest withFilter(CitationFilter newFilter) {
        return new CitationTableRequest(columns, rows, subCodes, newFilter, top, order);
    }

    public CitationTableRequest withTop(int newTop) {
        return new CitationTableRequest(columns, rows, subCodes, filter, newTop, order);
    }

    public CitationTableRequest withOrder(RowOrder newOrder) {
        return new CitationTableRequest(columns, rows, subCodes, filter, top, newOrder);
    }
}
