package org.grounded.search;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.grounded.model.StopWordChanges;
import org.grounded.model.StopWords;

/**
 * The stop words a word list leaves out, per document language: the built-in list of the
 * language (see {@link StemLanguage#stopWords()}: Spanish, English, Malay/Indonesian; none for
 * other languages) with the project's own changes ({@link StopWords}) applied.
 */
public final class StopWordLists {

    private StopWordLists() {
    }

    /** The built-in stop words of a document language, sorted. */
    public static Set<String> builtIn(String documentLanguage) {
        TreeSet<String> words = new TreeSet<>();
        for (Object word : StemLanguage.of(documentLanguage).stopWords()) {
            words.add(word instanceof char[] chars ? new String(chars) : String.valueOf(word));
        }
        return java.util.Collections.unmodifiableSortedSet(words);
    }

    /** The words left out of a document of this language: built-in ones the project keeps, and the project's own. */
    public static Set<String> effective(StopWords project, String documentLanguage) {
        StopWordChanges changes = project.of(documentLanguage);
        Set<String> words = new TreeSet<>(builtIn(documentLanguage));
        words.removeAll(changes.removed());
        words.addAll(changes.added());
        return words;
    }

    /** The changes that make a language's list exactly {@code wanted} (what the user typed in the editor). */
    public static StopWordChanges changesFor(String documentLanguage, Collection<String> wanted) {
        Set<String> typed = new TreeSet<>();
        wanted.stream().map(StopWordChanges::normalisedWord).filter(word -> !word.isEmpty()).forEach(typed::add);
        Set<String> builtIn = builtIn(documentLanguage);
        return new StopWordChanges(documentLanguage,
                typed.stream().filter(word -> !builtIn.contains(word)).toList(),
                builtIn.stream().filter(word -> !typed.contains(word)).toList());
    }
}
