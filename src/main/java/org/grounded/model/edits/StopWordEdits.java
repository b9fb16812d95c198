package org.grounded.model.edits;

import java.util.Locale;
import java.util.Optional;
import org.grounded.model.EditName;
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
        return Optional.of(new StopWordsEdit(before, after,
                EditName.of("Edit the %0 stop words", languageArgument(changes.language()))));
    }

    /** Replaces several languages' changes in one edit (the stop-word editor's OK); empty when nothing changes. */
    public static Optional<StopWordsEdit> change(Project project, java.util.Collection<StopWordChanges> changes) {
        StopWords before = project.stopWords();
        StopWords after = before;
        Object changed = null;
        for (StopWordChanges language : changes) {
            StopWords next = after.with(language);
            if (!next.equals(after)) {
                Object name = languageArgument(language.language());
                changed = changed == null ? name : EditName.of("%0 and %1", changed, name);
            }
            after = next;
        }
        if (after.equals(before)) {
            return Optional.empty();
        }
        return Optional.of(new StopWordsEdit(before, after, EditName.of("Edit the %0 stop words", changed)));
    }

    /**
     * A language as an edit's name says it: its {@link Locale} when it has a name (the window shows
     * the name in its own language), else as {@link #languageName} writes it.
     */
    private static Object languageArgument(String language) {
        if (language.isEmpty()) {
            return EditName.of("no-language");
        }
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(language) ? "'" + language + "'" : locale;
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
