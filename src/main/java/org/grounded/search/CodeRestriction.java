package org.grounded.search;

import java.util.Objects;
import java.util.UUID;

/**
 * Keeps the hits that overlap a quotation coded with a code or one of its sub-codes
 * ({@link Kind#CODED_WITH}), or only those that overlap none ({@link Kind#NOT_CODED_WITH}:
 * "what did I miss?").
 */
public record CodeRestriction(UUID codeId, Kind kind) {

    public enum Kind { CODED_WITH, NOT_CODED_WITH }

    public CodeRestriction {
        Objects.requireNonNull(codeId, "codeId");
        Objects.requireNonNull(kind, "kind");
    }

    public static CodeRestriction codedWith(UUID codeId) {
        return new CodeRestriction(codeId, Kind.CODED_WITH);
    }

    public static CodeRestriction notCodedWith(UUID codeId) {
        return new CodeRestriction(codeId, Kind.NOT_CODED_WITH);
    }
}
