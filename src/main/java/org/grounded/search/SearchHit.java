package org.grounded.search;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One place a query matched: {@code [start, end)} of the document's text (Java string indices, so
 * {@code text} equals {@code document.text().substring(start, end)}), the participants whose words
 * they are (none for the interviewer), the codes of the quotations it overlaps, and up to
 * {@link SearchHits#CONTEXT} characters of context on each side, line breaks shown as spaces.
 */
public record SearchHit(UUID documentId, Set<UUID> participantIds, int start, int end, String text,
                        String left, String right, List<UUID> codeIds) {

    public SearchHit {
        participantIds = Set.copyOf(participantIds);
        codeIds = List.copyOf(codeIds);
    }
}
