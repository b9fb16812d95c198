package org.grounded.search;

import java.util.List;

/**
 * The hits of a search in text order (documents in project order), at most the request's limit,
 * with the counts of all hits and of the documents they are in.
 */
public record SearchResult(List<SearchHit> hits, int totalHits, int documentCount) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public boolean truncated() {
        return hits.size() < totalHits;
    }
}
