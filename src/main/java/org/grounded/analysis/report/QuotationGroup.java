package org.grounded.analysis.report;

import java.util.List;

/** The quotations under one heading of a report: a code's, or a participant's. */
public record QuotationGroup(String heading, List<QuotationRow> rows) {

    public QuotationGroup {
        rows = List.copyOf(rows);
    }
}
