package org.grounded.analysis.agreement;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Codes that exclude one another, compared as one variable (in Grounded: a code group). */
public record SemanticDomain(String name, List<UUID> codeIds) {

    public SemanticDomain {
        Objects.requireNonNull(name, "name");
        codeIds = List.copyOf(codeIds);
    }
}
