package org.grounded.analysis.citations;

import java.util.List;
import java.util.Objects;
import org.grounded.model.Quotation;

/**
 * One count of a citations table with the quotations behind it, for drill-down.
 *
 * @param quotations the distinct quotations counted, in document order and then text order
 */
public record CitationCell(List<Quotation> quotations, Mark mark) {

    public CitationCell {
        // A counted table's slices are read-only views nothing else writes to: no copy needed.
        quotations = quotations instanceof CitationCounts.Slice ? quotations : List.copyOf(quotations);
        Objects.requireNonNull(mark, "mark");
    }

    /** The number of citations: distinct quotations. */
    public int count() {
        return quotations.size();
    }

    public boolean isMarked() {
        return mark != Mark.NONE;
    }
}
