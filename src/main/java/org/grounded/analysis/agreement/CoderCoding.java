package org.grounded.analysis.agreement;

import java.util.Objects;
import java.util.UUID;

/** One code applied to one passage by one coder: what agreement compares. */
public record CoderCoding(String coder, UUID documentId, int start, int end, UUID codeId, UUID quotationId) {

    public CoderCoding {
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(codeId, "codeId");
    }
}
