package org.grounded.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.TextRanges;

/**
 * Turns the offsets Lucene matched into hits: in text order, without overlaps (of two overlapping
 * matches the earlier, then the longer, is kept: {@code milk OR "milk bank"} shows "milk bank" once),
 * with their context and codes, restricted by code.
 */
final class SearchHits {

    /** Characters of context on each side of a hit. */
    static final int CONTEXT = 60;

    /** A matched range before it becomes a hit. */
    record Match(UUID documentId, Set<UUID> participantIds, int start, int end) {
    }

    /**
     * A passage the query matched, before its offsets are asked for.
     *
     * @param hits its number of hits when counted without offsets ({@link HitCounter}), -1 when unknown
     */
    record Found(UUID documentId, Set<UUID> participantIds, int start, int hits, int leaf, int doc,
                 StemLanguage language) {
    }

    /** The matches of one passage, from the Matches API. */
    interface MatchSource {
        List<Match> matches(Found passage) throws IOException;
    }

    private SearchHits() {
    }

    /**
     * The page of hits the request asks for, counting all of them. When every passage's hits are
     * counted already and no code restricts them, only the passages on the page are asked for their
     * offsets; otherwise every passage is, since which of its matches are hits depends on them.
     */
    static SearchResult build(Project project, List<Found> passages, MatchSource source, SearchRequest request)
            throws IOException {
        Map<UUID, Integer> order = new HashMap<>();
        for (Document document : project.documents()) {
            order.put(document.id(), order.size());
        }
        List<Found> inText = new ArrayList<>(passages.stream().filter(p -> order.containsKey(p.documentId())).toList());
        inText.sort(Comparator.comparingInt((Found p) -> order.get(p.documentId())).thenComparingInt(Found::start));
        boolean counted = request.codeRestriction().isEmpty() && inText.stream().allMatch(p -> p.hits() >= 0);
        Set<UUID> restrictionCodes = new HashSet<>();
        request.codeRestriction().ifPresent(restriction ->
                project.subtree(restriction.codeId()).forEach(code -> restrictionCodes.add(code.id())));
        int limit = request.limit() == 0 ? Integer.MAX_VALUE : request.limit();
        List<SearchHit> hits = new ArrayList<>();
        int total = 0;
        Set<UUID> documents = new HashSet<>();
        Document document = null;
        List<Quotation> quotations = List.of();
        int lastEnd = -1;
        for (Found passage : inText) {
            if (counted && (total + passage.hits() <= request.from() || hits.size() >= limit)) {
                total += passage.hits();
                if (passage.hits() > 0) {
                    documents.add(passage.documentId());
                }
                continue;
            }
            if (document == null || !document.id().equals(passage.documentId())) {
                document = project.document(passage.documentId()).orElseThrow();
                quotations = project.quotationsIn(document.id());
                lastEnd = -1;
            }
            List<Match> matches = new ArrayList<>(source.matches(passage));
            matches.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
            int before = total;
            for (Match match : matches) {
                if (match.start() < lastEnd || !isInside(document.text(), match)) {
                    continue;
                }
                lastEnd = match.end();
                List<Quotation> overlapping = overlapping(quotations, match);
                if (!passes(request, restrictionCodes, overlapping)) {
                    continue;
                }
                if (total++ >= request.from() && hits.size() < limit) {
                    hits.add(hit(document, match, overlapping));
                }
            }
            if (counted) {
                // The count stands for the passage even should the index be behind the text.
                total = before + passage.hits();
            }
            if (total > before) {
                documents.add(passage.documentId());
            }
        }
        return new SearchResult(hits, total, documents.size());
    }

    private static List<Quotation> overlapping(List<Quotation> quotations, Match match) {
        List<Quotation> result = new ArrayList<>();
        for (Quotation q : quotations) {
            if (q.start() < match.end() && match.start() < q.end()) {
                result.add(q);
            }
        }
        return result;
    }

    private static boolean isInside(String text, Match match) {
        // Only an index behind its project could say otherwise; such a match is dropped, not shown wrong.
        return match.end() <= text.length() && match.start() < match.end()
                && !TextRanges.splitsSurrogatePair(text, match.start()) && !TextRanges.splitsSurrogatePair(text, match.end());
    }

    private static boolean passes(SearchRequest request, Set<UUID> restrictionCodes, List<Quotation> overlapping) {
        if (request.codeRestriction().isEmpty()) {
            return true;
        }
        boolean coded = overlapping.stream().anyMatch(q -> q.codeIds().stream().anyMatch(restrictionCodes::contains));
        return switch (request.codeRestriction().get().kind()) {
            case CODED_WITH -> coded;
            case NOT_CODED_WITH -> !coded;
        };
    }

    private static SearchHit hit(Document document, Match match, List<Quotation> overlapping) {
        String text = document.text();
        Set<UUID> codes = new LinkedHashSet<>();
        overlapping.forEach(q -> codes.addAll(q.codeIds()));
        return new SearchHit(document.id(), match.participantIds(), match.start(), match.end(),
                text.substring(match.start(), match.end()),
                context(text, Math.max(0, match.start() - CONTEXT), match.start()),
                context(text, match.end(), Math.min(text.length(), match.end() + CONTEXT)),
                List.copyOf(codes));
    }

    private static String context(String text, int from, int to) {
        int start = TextRanges.splitsSurrogatePair(text, from) ? from + 1 : from;
        int end = TextRanges.splitsSurrogatePair(text, to) ? to - 1 : to;
        StringBuilder context = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            context.append(Character.isWhitespace(c) ? ' ' : c);
        }
        return context.toString();
    }
}
