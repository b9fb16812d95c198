package org.grounded.ui.analysis.words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.model.StopWordChanges;
import org.grounded.model.StopWords;
import org.grounded.model.edits.StopWordEdits;
import org.grounded.search.StopWordLists;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The stop-word editor: one list per language (the languages of the project's documents first,
 * then Spanish, English and Malay), each the built-in list with the project's changes, one word a
 * line; what the user types in each language is kept while switching between them.
 */
public final class StopWordsDialogViewModel {

    /** The languages offered even when no document is in them yet. */
    static final List<String> ALWAYS = List.of("es", "en", "ms");

    /** A language as the chooser shows it. */
    public record Language(String code, String label) {
    }

    private final StopWords project;
    private final List<Language> languages;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    private StopWordsDialogViewModel(StopWords project, List<Language> languages) {
        this.project = Objects.requireNonNull(project);
        this.languages = List.copyOf(languages);
        language.set(languages.get(0));
        text.set(listOf(languages.get(0).code()));
        language.addListener((observable, before, after) -> {
            if (before != null) {
                texts.put(before.code(), text.get());
            }
            if (after != null) {
                text.set(texts.getOrDefault(after.code(), listOf(after.code())));
            }
        });
    }

    /** The editor on a project's stop words, its documents' most common language shown first. */
    public static StopWordsDialogViewModel of(Project project) {
        Map<String, Integer> documents = new LinkedHashMap<>();
        for (Document document : project.documents()) {
            documents.merge(StopWordChanges.languageOf(document.language()), 1, Integer::sum);
        }
        List<String> codes = new ArrayList<>(documents.keySet());
        codes.sort(Comparator.comparing((String code) -> -documents.get(code)));
        ALWAYS.stream().filter(code -> !codes.contains(code)).forEach(codes::add);
        return new StopWordsDialogViewModel(project.stopWords(),
                codes.stream().map(code -> new Language(code, label(code))).toList());
    }

    static String label(String code) {
        if (code.isEmpty()) {
            return lang("Documents without a language");
        }
        String name = StopWordEdits.languageName(code);
        return name.startsWith("'") ? code : name + " (" + code + ")";
    }

    /** One word a line, ending with a line break so that a word typed at the end starts a line of its own. */
    private String listOf(String code) {
        return lines(StopWordLists.effective(project, code));
    }

    private static String lines(java.util.Collection<String> words) {
        return words.isEmpty() ? "" : String.join("\n", words) + "\n";
    }

    /** The words of the text: separated by line breaks, spaces, commas or semicolons. */
    static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s,;]+")).filter(word -> !word.isBlank()).toList();
    }

    /** Puts the language's built-in list back in the text. */
    public void restoreBuiltIn() {
        text.set(lines(new java.util.TreeSet<>(StopWordLists.builtIn(language.get().code()))));
    }

    /** How many words the text holds now. */
    public int wordCount() {
        return (int) words(text.get()).stream().map(StopWordChanges::normalisedWord).distinct().count();
    }

    /** The changes of every language the user looked at, as the project should keep them. */
    public List<StopWordChanges> changes() {
        Map<String, String> all = new LinkedHashMap<>(texts);
        all.put(language.get().code(), text.get());
        List<StopWordChanges> changes = new ArrayList<>();
        all.forEach((code, typed) -> changes.add(StopWordLists.changesFor(code, words(typed))));
        return changes;
    }

    public List<Language> languages() {
        return languages;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The chosen language's stop words, one a line. */
    public StringProperty textProperty() {
        return text;
    }
}
