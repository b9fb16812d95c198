package org.grounded.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    private SearchHits() {
    }

    static SearchResult build(Project project, List<Match> matches, SearchRequest request) {
        Map<UUID, List<Match>> byDocument = new LinkedHashMap<>();
        for (Match match : matches) {
            byDocument.computeIfAbsent(match.documentId(), id -> new ArrayList<>()).add(match);
        }
        Set<UUID> restrictionCodes = new HashSet<>();
        request.codeRestriction().ifPresent(restriction ->
                project.subtree(restriction.codeId()).forEach(code -> restrictionCodes.add(code.id())));
        List<SearchHit> hits = new ArrayList<>();
        int total = 0;
        int documents = 0;
        for (Document document : project.documents()) {
            List<Match> inDocument = byDocument.get(document.id());
            if (inDocument == null) {
                continue;
            }
            inDocument.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
            List<Quotation> quotations = project.quotationsIn(document.id());
            int lastEnd = -1;
            int inThisDocument = 0;
            for (Match match : inDocument) {
                if (match.start() < lastEnd || !isInside(document.text(), match)) {
                    continue;
                }
                lastEnd = match.end();
                List<Quotation> overlapping = quotations.stream()
                        .filter(q -> q.start() < match.end() && match.start() < q.end()).toList();
                if (!passes(request, restrictionCodes, overlapping)) {
                    continue;
                }
                total++;
                inThisDocument++;
                if (request.limit() == 0 || hits.size() < request.limit()) {
                    hits.add(hit(document, match, overlapping));
                }
            }
            if (inThisDocument > 0) {
                documents++;
            }
        }
        return new SearchResult(hits, total, documents);
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
