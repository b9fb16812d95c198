package org.grounded.generate;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * One hundred fixed search queries over the words every generated study speaks (its topic words
 * in Spanish, English and Malay): 30 single words, 15 phrases, 15 prefixes, 10 fuzzy words,
 * 10 proximity phrases and 20 boolean queries, the mix a researcher types.
 */
public final class StudyQueries {

    private StudyQueries() {
    }

    public static List<String> fixed() {
        List<String[]> languages = List.of(topic(Lexicon.SPANISH), topic(Lexicon.ENGLISH), topic(Lexicon.MALAY));
        Set<String> queries = new LinkedHashSet<>();
        add(queries, 30, i -> word(languages, i, 0));
        add(queries, 15, i -> "\"" + word(languages, i, 1) + " " + word(languages, i, 2) + "\"");
        add(queries, 15, i -> {
            String word = word(languages, i, 3);
            return word.substring(0, Math.min(word.length(), 4)) + "*";
        });
        add(queries, 10, i -> word(languages, i, 4) + "~");
        add(queries, 10, i -> "\"" + word(languages, i, 5) + " " + word(languages, i, 6) + "\"~5");
        String[] operators = {"AND", "OR", "NOT"};
        add(queries, 20, i -> word(languages, i, 7) + " " + operators[i % 3] + " " + word(languages, i, 8));
        return List.copyOf(queries);
    }

    /** Adds {@code count} queries not there yet (languages share a few words, such as "bank"). */
    private static void add(Set<String> queries, int count, IntFunction<String> query) {
        int wanted = queries.size() + count;
        for (int i = 0; queries.size() < wanted; i++) {
            queries.add(query.apply(i));
        }
    }

    /** The i-th query's word of the language i modulo 3, shifted by {@code offset} so queries differ. */
    private static String word(List<String[]> languages, int i, int offset) {
        String[] words = languages.get(i % languages.size());
        return words[(i / languages.size() + offset * 3) % words.length];
    }

    private static String[] topic(String wordsOfLanguage) {
        String[] words = wordsOfLanguage.split(" ");
        return Arrays.copyOf(words, words.length - 15);
    }
}
