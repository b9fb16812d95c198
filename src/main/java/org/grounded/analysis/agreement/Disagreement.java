package org.grounded.analysis.agreement;

import java.util.List;
import java.util.UUID;

/**
 * A passage where the coders differ: for each coder (in the request's order) the codes of the
 * compared scope that coder applied there, empty where the coder applied none.
 */
public record Disagreement(String scope, UUID documentId, String documentName, int start, int end,
                           List<List<String>> codesPerCoder) {

    public Disagreement {
        codesPerCoder = codesPerCoder.stream().map(List::copyOf).toList();
    }
}
