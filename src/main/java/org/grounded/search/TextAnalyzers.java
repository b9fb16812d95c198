package org.grounded.search;

import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the text is cut into words. Every field starts with the standard (Unicode UAX#29) tokenizer,
 * so offsets are Java string indices into the passage; case and accents are folded away
 * ({@code Donación} = {@code donacion}); the stemmed fields then reduce words to their stem in the
 * document's language. Stop words are kept: a phrase such as "banco de leche" must match as typed.
 */
final class TextAnalyzers {

    /** The field with the words as written, accents and case folded. */
    static final String EXACT_FIELD = "exact";

    private TextAnalyzers() {
    }

    /** Lower case and accent folding, for the words a wildcard or fuzzy query is built from. */
    private static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, fold(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return fold(in);
            }
        };
    }

    static Analyzer stemmed(StemLanguage language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = switch (language) {
                    case SPANISH -> new SpanishLightStemFilter(new LowerCaseFilter(tokenizer));
                    case ENGLISH -> new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer)));
                    case MALAY -> new IndonesianStemFilter(new LowerCaseFilter(tokenizer));
                    case NONE -> new LowerCaseFilter(tokenizer);
                };
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return fold(in);
            }
        };
    }

    /** One analyzer for all text fields, chosen by field name, for the writer and the query parser. */
    static Analyzer perField() {
        Analyzer exact = exact();
        Map<StemLanguage, Analyzer> stemmed = new EnumMap<>(StemLanguage.class);
        for (StemLanguage language : StemLanguage.values()) {
            stemmed.put(language, stemmed(language));
        }
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                for (StemLanguage language : StemLanguage.values()) {
                    if (language.field().equals(fieldName)) {
                        return stemmed.get(language);
                    }
                }
                return exact;
            }
        };
    }
}
