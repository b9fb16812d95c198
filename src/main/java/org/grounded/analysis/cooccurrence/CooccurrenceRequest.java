package org.grounded.analysis.cooccurrence;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which co-occurrences to count.
 *
 * @param codeIds          the matrix's codes in order; empty for every code in code-tree order
 * @param documentGroupIds count only in the documents of these groups; empty for every document
 */
public record CooccurrenceRequest(List<UUID> codeIds, Set<UUID> documentGroupIds) {

    public CooccurrenceRequest {
        codeIds = codeIds == null ? List.of() : List.copyOf(codeIds);
        documentGroupIds = documentGroupIds == null ? Set.of() : Set.copyOf(documentGroupIds);
    }

    /** Every code, every document. */
    public static CooccurrenceRequest allCodes() {
        return new CooccurrenceRequest(List.of(), Set.of());
    }

    public CooccurrenceRequest withCodes(List<UUID> newCodeIds) {
        return new CooccurrenceRequest(newCodeIds, documentGroupIds);
    }

    public CooccurrenceRequest withDocumentGroups(Set<UUID> newDocumentGroupIds) {
        return new CooccurrenceRequest(codeIds, newDocumentGroupIds);
    }
}
