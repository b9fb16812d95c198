package org.grounded.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The project's changes to one language's built-in stop words (the words a word list leaves out):
 * the words it adds and the built-in ones it keeps after all. Only the changes are kept, so a
 * project follows the built-in list (which lives with the word counting, not here) and an old
 * file has none. Words are kept trimmed, in lower case, sorted and without repeats, so the file
 * diffs well.
 *
 * @param language the primary language code the documents give ("es", "en", "ms"; "" for none),
 *                 see {@link #languageOf(String)}
 */
public record StopWordChanges(String language, List<String> added, List<String> removed) {

    public StopWordChanges {
        language = languageOf(language);
        added = normalised(added);
        removed = normalised(removed);
        List<String> both = added.stream().filter(removed::contains).toList();
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("The stop word '" + both.get(0) + "' cannot be both added and removed");
        }
    }

    /** No changes to the language's built-in list. */
    public static StopWordChanges none(String language) {
        return new StopWordChanges(language, List.of(), List.of());
    }

    public boolean keepsBuiltIn() {
        return added.isEmpty() && removed.isEmpty();
    }

    /**
     * The key of a document's language: its primary subtag in lower case ("es-MX" → "es"), so that
     * the documents of one language share one list; "" for a document without a language.
     */
    public static String languageOf(String documentLanguage) {
        String code = documentLanguage == null ? "" : documentLanguage.strip().toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }

    /** A word as a stop word: trimmed and in lower case, as the word list writes words. */
    public static String normalisedWord(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> normalised(Collection<String> words) {
        TreeSet<String> sorted = new TreeSet<>();
        if (words != null) {
            for (String word : words) {
                String normal = normalisedWord(Objects.requireNonNull(word, "stop word"));
                if (!normal.isEmpty()) {
                    sorted.add(normal);
                }
            }
        }
        return List.copyOf(sorted);
    }
}
