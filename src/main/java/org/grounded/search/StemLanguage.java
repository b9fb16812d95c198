package org.grounded.search;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

/**
 * The languages whose word forms the index knows, each with its own stemmed field. Malay shares
 * Indonesian's stemmer (the two standard languages share their morphology); a document in any
 * other language, or none, is stemmed by nobody and its "stemmed" field holds the exact words.
 */
enum StemLanguage {
    SPANISH("stem_es", SpanishAnalyzer.getDefaultStopSet()),
    ENGLISH("stem_en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
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

    /** Lucene's default stop words for the language (lower case, with accents). */
    CharArraySet stopWords() {
        return stopWords;
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
