package org.grounded.search;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

/**
 * The languages whose word forms the index knows, each with its own stemmed field. Malay shares
 * Indonesian's stemmer (the two standard languages share their morphology); a document in any
 * other language, or none, is stemmed by nobody and its "stemmed" field holds the exact words.
 */
enum StemLanguage {
    SPANISH("stem_es", SpanishAnalyzer.getDefaultStopSet()),
    ENGLISH("stem_en", SnowballLists.english()),
    MALAY("stem_ms", IndonesianAnalyzer.getDefaultStopSet()),
    NONE("stem_none", CharArraySet.EMPTY_SET);

    private final String field;
    private final CharArraySet stopWords;

    StemLanguage(String field, CharArraySet stopWords) {
        this.field = field;
        this.stopWords = stopWords;
    }

    String field() {
        return field;
    }

    /**
     * The built-in stop words of the language, for word frequencies (lower case, with accents):
     * the Snowball lists Lucene ships (Spanish's and English's; Lucene's own English list holds
     * only 33 words, without "I", "you" or "we"), and Lucene's Indonesian list for Malay.
     */
    CharArraySet stopWords() {
        return stopWords;
    }

    /** The Snowball stop-word files in lucene-analysis-common. */
    private static final class SnowballLists {
        static CharArraySet english() {
            try (java.io.InputStream in = org.apache.lucene.analysis.snowball.SnowballFilter.class
                    .getResourceAsStream("english_stop.txt")) {
                if (in == null) {
                    throw new IllegalStateException("lucene-analysis-common lacks snowball/english_stop.txt");
                }
                return CharArraySet.unmodifiableSet(org.apache.lucene.analysis.WordlistLoader.getSnowballWordSet(
                        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Reading Lucene's English stop words", e);
            }
        }
    }

    /** The language of an ISO 639 code such as "es", "en-GB", "ms" or "id"; NONE when unknown. */
    static StemLanguage of(String languageCode) {
        String code = languageCode == null ? "" : languageCode.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        String primary = dash < 0 ? code : code.substring(0, dash);
        return switch (primary) {
            case "es", "spa" -> SPANISH;
            case "en", "eng" -> ENGLISH;
            case "ms", "msa", "may", "id", "ind" -> MALAY;
            default -> NONE;
        };
    }
}
