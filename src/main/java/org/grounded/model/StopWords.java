package org.grounded.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The project's stop-word changes, one {@link StopWordChanges} per language that has any, in the
 * order of their language codes. Kept in the project file ("stopWords"), changed by an edit so
 * that undo sees it.
 */
public record StopWords(List<StopWordChanges> languages) {

    /** A project that keeps every built-in list as it is. */
    public static final StopWords BUILT_IN = new StopWords(List.of());

    public StopWords {
        List<StopWordChanges> sorted = new ArrayList<>();
        for (StopWordChanges changes : languages == null ? List.<StopWordChanges>of() : languages) {
            if (sorted.stream().anyMatch(other -> other.language().equals(changes.language()))) {
                throw new IllegalArgumentException("The stop words of language '" + changes.language()
                        + "' are given twice");
            }
            if (!changes.keepsBuiltIn()) {
                sorted.add(changes);
            }
        }
        sorted.sort(Comparator.comparing(StopWordChanges::language));
        languages = List.copyOf(sorted);
    }

    /** The changes for a document language (none when the project keeps its built-in list). */
    public StopWordChanges of(String documentLanguage) {
        String language = StopWordChanges.languageOf(documentLanguage);
        return languages.stream().filter(changes -> changes.language().equals(language)).findFirst()
                .orElse(StopWordChanges.none(language));
    }

    /** These stop words with one language's changes replaced. */
    public StopWords with(StopWordChanges changed) {
        List<StopWordChanges> result = new ArrayList<>(languages);
        result.removeIf(changes -> changes.language().equals(changed.language()));
        result.add(changed);
        return new StopWords(result);
    }
}
