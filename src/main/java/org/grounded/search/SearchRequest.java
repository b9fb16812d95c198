package org.grounded.search;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A search: the query in Lucene's classic syntax (words, "phrases", wildcards, {@code donor~},
 * {@code "milk bank"~5}, AND/OR/NOT; words without an operator must all occur), word forms, and
 * restrictions. An empty set of documents or participants means all of them.
 *
 * @param limit the most hits to return (all are still counted); 0 for no limit
 * @param from  the number of hits (in text order) to pass over before those returned: a page of
 *              results is {@code from, limit}; only the returned hits' offsets are computed
 */
public record SearchRequest(String query, WordForms wordForms, Set<UUID> documentIds, Set<UUID> participantIds,
                            Optional<CodeRestriction> codeRestriction, int limit, int from) {

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(wordForms, "wordForms");
        documentIds = Set.copyOf(documentIds);
        participantIds = Set.copyOf(participantIds);
        Objects.requireNonNull(codeRestriction, "codeRestriction");
        if (limit < 0) {
            throw new IllegalArgumentException("The limit must be 0 (no limit) or more, not " + limit);
        }
        if (from < 0) {
            throw new IllegalArgumentException("The first hit must be 0 or more, not " + from);
        }
    }

    /** All hits from the first, or the first {@code limit}. */
    public SearchRequest(String query, WordForms wordForms, Set<UUID> documentIds, Set<UUID> participantIds,
                         Optional<CodeRestriction> codeRestriction, int limit) {
        this(query, wordForms, documentIds, participantIds, codeRestriction, limit, 0);
    }

    /** The whole project, exact words, no limit. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, WordForms.EXACT, Set.of(), Set.of(), Optional.empty(), 0);
    }

    public SearchRequest withWordForms(WordForms forms) {
        return new SearchRequest(query, forms, documentIds, participantIds, codeRestriction, limit, from);
    }

    public SearchRequest inDocuments(Set<UUID> ids) {
        return new SearchRequest(query, wordForms, ids, participantIds, codeRestriction, limit, from);
    }

    public SearchRequest byParticipants(Set<UUID> ids) {
        return new SearchRequest(query, wordForms, documentIds, ids, codeRestriction, limit, from);
    }

    public SearchRequest restrictedTo(CodeRestriction restriction) {
        return new SearchRequest(query, wordForms, documentIds, participantIds, Optional.of(restriction), limit, from);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(query, wordForms, documentIds, participantIds, codeRestriction, newLimit, from);
    }

    /** A page of hits: at most {@code limit} (0: all the rest) after the first {@code first}. */
    public SearchRequest page(int first, int pageLimit) {
        return new SearchRequest(query, wordForms, documentIds, participantIds, codeRestriction, pageLimit, first);
    }
}
