package org.grounded.model.edits;

import java.util.Locale;
import java.util.Optional;
import org.grounded.model.Project;
import org.grounded.model.StopWordChanges;
import org.grounded.model.StopWords;
import org.grounded.model.StopWordsEdit;

/** The project's stop words: one language's changes to its built-in list, as one undoable edit. */
public final class StopWordEdits {

    private StopWordEdits() {
    }

    /** Replaces a language's changes; empty when they are the ones the project has. */
    public static Optional<StopWordsEdit> change(Project project, StopWordChanges changes) {
        StopWords before = project.stopWords();
        StopWords after = before.with(changes);
        if (after.equals(before)) {
            return Optional.empty();
        }
        return Optional.of(new StopWordsEdit(before, after, "Edit the " + languageName(changes.language()) + " stop words"));
    }

    /** Replaces several languages' changes in one edit (the stop-word editor's OK); empty when nothing changes. */
    public static Optional<StopWordsEdit> change(Project project, java.util.Collection<StopWordChanges> changes) {
        StopWords before = project.stopWords();
        StopWords after = before;
        java.util.List<String> changed = new java.util.ArrayList<>();
        for (StopWordChanges language : changes) {
            StopWords next = after.with(language);
            if (!next.equals(after)) {
                changed.add(languageName(language.language()));
            }
            after = next;
        }
        if (after.equals(before)) {
            return Optional.empty();
        }
        return Optional.of(new StopWordsEdit(before, after, "Edit the " + String.join(" and ", changed) + " stop words"));
    }

    /** "Spanish" for "es"; "no-language" for documents without one. */
    public static String languageName(String language) {
        if (language.isEmpty()) {
            return "no-language";
        }
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(language) ? "'" + language + "'" : name;
    }
}
