package org.grounded.analysis.citations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.grounded.model.Quotation;

/**
 * A citations table: codes by participants (or documents, groups, attribute values), counting
 * the quotations of each code in each column's material, with a rank and a Total column and the
 * largest values marked. Computed by {@link CitationTables#compute}; a plain value that the
 * window, the command line and the exports all read.
 */
public record CitationTable(CitationTableRequest request, List<CitationColumn> columns, List<CitationRow> rows) {

    public CitationTable {
        Objects.requireNonNull(request, "request");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** How many values per column are marked (N). */
    public int top() {
        return request.top();
    }

    /** The codes cited at least once (rows with a non-zero total). */
    public int citedCodes() {
        return (int) rows.stream().filter(row -> !row.total().quotations().isEmpty()).count();
    }

    /** Whether the marks were left out because too few codes are cited ({@link MarkRule}). */
    public boolean marksWithheld() {
        return top() > 0 && !MarkRule.allowsMarks(citedCodes(), top());
    }

    public Optional<CitationRow> row(UUID codeId) {
        return rows.stream().filter(row -> row.code().id().equals(codeId)).findFirst();
    }

    /** The column with this key. */
    public Optional<Integer> columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Drill-down: the quotations counted in one cell, in document and text order. */
    public List<Quotation> quotations(int row, int column) {
        return rows.get(row).cell(column).quotations();
    }

    /** Drill-down: the quotations counted in a row's Total. */
    public List<Quotation> quotationsInTotal(int row) {
        return rows.get(row).total().quotations();
    }
}
