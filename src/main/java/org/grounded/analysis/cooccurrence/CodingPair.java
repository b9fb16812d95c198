package org.grounded.analysis.cooccurrence;

import java.util.Objects;

/**
 * Two codings whose passages share at least one character: what one co-occurrence is made of.
 * {@code first} has the matrix row's code, {@code second} the column's. Both may be the same
 * quotation, coded with both codes.
 */
public record CodingPair(Coding first, Coding second) {

    public CodingPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    public boolean sameQuotation() {
        return first.quotation().id().equals(second.quotation().id());
    }
}
