package org.grounded.analysis.report;

import java.util.List;
import org.grounded.model.Code;

/**
 * One code of the codebook.
 *
 * @param depth        0 for a top-level code
 * @param parent       the parent category's name, "" for a top-level code
 * @param quotations   the distinct quotations coded with it or, for a category, with any code below it
 * @param participants the distinct participants whose words those quotations hold
 * @param examples     the first quotations of those, in document and text order
 */
public record CodebookRow(Code code, int depth, String parent, boolean category, int quotations, int participants,
                          List<QuotationRow> examples) {

    public CodebookRow {
        examples = List.copyOf(examples);
    }
}
