package org.grounded.analysis.report;

import java.util.List;
import org.grounded.model.Memo;

/**
 * One memo with its links, and the text of the quotations it is linked to.
 *
 * @param links a single "project" link for a memo about the whole project
 */
public record MemoRow(Memo memo, List<MemoLink> links, List<QuotationRow> quotations) {

    public MemoRow {
        links = List.copyOf(links);
        quotations = List.copyOf(quotations);
    }
}
