package org.grounded.search;

import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Reads what the user typed with Lucene's classic query parser. Words without an operator must all
 * occur (as in web search); leading wildcards are allowed (a study is small). With word forms the
 * query is parsed once per language field and the parts joined: a passage has exactly one
 * language field, so each document is searched with its own language's stemmer.
 */
final class Queries {

    private Queries() {
    }

    static Query parse(String query, WordForms forms, Analyzer analyzer) {
        Map<StemLanguage, Query> perLanguage = perLanguage(query, forms, analyzer);
        if (forms == WordForms.EXACT) {
            return perLanguage.get(StemLanguage.NONE);
        }
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        perLanguage.values().forEach(part -> anyLanguage.add(part, Occur.SHOULD));
        return anyLanguage.build();
    }

    /**
     * The query for the passages of each language: the same exact query for all, or the query
     * over each language's stemmed field, so that a passage's offsets are asked of its own field only.
     */
    static Map<StemLanguage, Query> perLanguage(String query, WordForms forms, Analyzer analyzer) {
        if (query.isBlank()) {
            throw new QuerySyntaxException("Type a word or a phrase to search for");
        }
        Map<StemLanguage, Query> result = new EnumMap<>(StemLanguage.class);
        Query exact = forms == WordForms.EXACT ? parse(query, TextAnalyzers.EXACT_FIELD, analyzer) : null;
        for (StemLanguage language : StemLanguage.values()) {
            result.put(language, exact != null ? exact : parse(query, language.field(), analyzer));
        }
        return result;
    }

    private static Query parse(String query, String field, Analyzer analyzer) {
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(true);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw new QuerySyntaxException(describe(query, e));
        }
    }

    /** One line: the query and where the parser stopped, without the parser's list of expected tokens. */
    private static String describe(String query, ParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String first = String.valueOf(cause.getMessage()).lines().findFirst().orElse("").strip();
        String prefix = "Cannot parse '" + query + "': ";
        if (first.startsWith(prefix)) {
            first = first.substring(prefix.length());
        }
        return "The search '" + query + "' does not parse: " + first;
    }
}
