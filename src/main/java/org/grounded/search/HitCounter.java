package org.grounded.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the hits of a passage without asking for their offsets, for the queries where that count
 * is exactly what the Matches API would give: a word, a wildcard or prefix, or one AND/OR/NOT of
 * those over one field. The hits of such a query in a passage are the occurrences of its (positive)
 * terms there, every token being one term at one place, so they never overlap; summing the terms'
 * frequencies from their postings costs one pass over each term's postings, not one Matches
 * iterator per passage. Phrases, proximity, fuzzy terms (whose expansion Lucene caps) and nested
 * groups are not counted here: their hits may overlap or depend on which clause matched, so the
 * caller asks the Matches API for every passage instead.
 */
final class HitCounter {

    private final List<Query> terms;

    private HitCounter(List<Query> terms) {
        this.terms = terms;
    }

    /**
     * A counter for the queries of each language, when every one of them is countable; in word-forms
     * mode each language's query is over that language's field, which only its passages have.
     */
    static Optional<HitCounter> of(Collection<Query> perLanguage) {
        List<Query> all = new ArrayList<>();
        for (Query query : new HashSet<>(perLanguage)) {
            List<Query> positive = new ArrayList<>();
            if (!positiveTerms(query, true, positive) || positive.stream().map(HitCounter::field).distinct().count() != 1) {
                return Optional.empty();
            }
            all.addAll(positive);
        }
        return Optional.of(new HitCounter(all));
    }

    private static boolean positiveTerms(Query query, boolean top, List<Query> out) {
        if (query instanceof BoostQuery boost) {
            return positiveTerms(boost.getQuery(), top, out);
        }
        if (query instanceof TermQuery || query instanceof AutomatonQuery) {
            out.add(query);
            return true;
        }
        if (top && query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                if (clause.getOccur() != Occur.MUST_NOT && !positiveTerms(clause.getQuery(), false, out)) {
                    return false;
                }
            }
            return !out.isEmpty();
        }
        return false;
    }

    private static String field(Query term) {
        return term instanceof TermQuery t ? t.getTerm().field() : ((AutomatonQuery) term).getField();
    }

    /** The number of hits of each document of the leaf (deleted ones too), indexed by document number. */
    int[] count(LeafReaderContext leaf) throws IOException {
        int[] counts = new int[leaf.reader().maxDoc()];
        Map<String, Set<BytesRef>> seen = new HashMap<>();
        for (Query query : terms) {
            String field = field(query);
            Terms fieldTerms = leaf.reader().terms(field);
            if (fieldTerms == null) {
                continue;
            }
            TermsEnum iterator;
            if (query instanceof TermQuery term) {
                iterator = fieldTerms.iterator();
                if (!iterator.seekExact(term.getTerm().bytes())) {
                    continue;
                }
                add(field, iterator, seen, counts);
            } else {
                iterator = ((AutomatonQuery) query).getTermsEnum(fieldTerms);
                while (iterator.next() != null) {
                    add(field, iterator, seen, counts);
                }
            }
        }
        return counts;
    }

    /** Adds the frequencies of the enum's current term, once per term however many clauses name it. */
    private static void add(String field, TermsEnum iterator, Map<String, Set<BytesRef>> seen, int[] counts) throws IOException {
        BytesRef term = iterator.term();
        if (!seen.computeIfAbsent(field, f -> new HashSet<>()).add(BytesRef.deepCopyOf(term))) {
            return;
        }
        PostingsEnum postings = iterator.postings(null, PostingsEnum.FREQS);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            counts[doc] += postings.freq();
        }
    }
}
