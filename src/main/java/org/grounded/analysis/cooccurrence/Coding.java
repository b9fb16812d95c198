package org.grounded.analysis.cooccurrence;

import java.util.Objects;
import java.util.UUID;
import org.grounded.model.Quotation;

/** One application of a code to a quotation: the unit co-occurrence counts. */
public record Coding(Quotation quotation, UUID codeId) {

    public Coding {
        Objects.requireNonNull(quotation, "quotation");
        Objects.requireNonNull(codeId, "codeId");
    }
}
