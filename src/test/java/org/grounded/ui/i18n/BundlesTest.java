package org.grounded.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The three languages' files are complete and agree: every key the window asks for is in each,
 * nothing else is, English says exactly its key, and every translation keeps the placeholders.
 * A failure lists the keys; {@code UiSources}' main adds missing English lines and prints the
 * lines still to translate.
 */
class BundlesTest {

    private final Set<String> used = UiSources.keysUsed();
    private final Map<String, String> english = Localization.texts(Locale.ENGLISH);

    @Test
    void everyKeyTheWindowUsesIsInEveryLanguage() {
        for (Locale language : Localization.LANGUAGES) {
            Map<String, String> texts = Localization.texts(language);
            List<String> missing = used.stream().filter(k -> !texts.containsKey(k)).toList();
            assertThat(missing).as("keys missing from Grounded_%s.properties", language.getLanguage()).isEmpty();
        }
    }

    /**
     * The Edit menu says "Deshacer Importar 3 transcripciones": an edit's name is a template written
     * in {@code model.edits} and translated like the window's own texts, so those templates count.
     */
    @Test
    void theNamesOfEditsAreKeysOfEveryLanguage() {
        List<String> names = UiSources.editNameKeys();
        assertThat(names).as("edit names found in model").contains("Import %0 transcripts", "Apply %0",
                "Add code '%0'", "%0 codes");
        for (Locale language : Localization.LANGUAGES) {
            Map<String, String> texts = Localization.texts(language);
            assertThat(names.stream().filter(k -> !texts.containsKey(k)).toList())
                    .as("edit names missing from Grounded_%s.properties", language.getLanguage()).isEmpty();
        }
    }

    /** A template the checks cannot read (a variable) could be missing from a language unnoticed. */
    @Test
    void everyEditNameIsWrittenAsALiteralTemplate() {
        List<String> unread = new ArrayList<>(UiSources.editNamesWithoutLiteral(UiSources.MODEL));
        unread.addAll(UiSources.editNamesWithoutLiteral(UiSources.UI));
        assertThat(unread).as("EditName.of calls whose template is not a literal").isEmpty();
    }

    @Test
    void everyLanguageHasTheSameKeysAsEnglishAndNoneTheWindowDoesNotUse() {
        assertThat(english.keySet()).as("keys in Grounded_en.properties no source uses").isSubsetOf(used);
        for (Locale language : Localization.LANGUAGES) {
            assertThat(Localization.texts(language).keySet()).as("keys of Grounded_%s", language.getLanguage())
                    .containsExactlyInAnyOrderElementsOf(english.keySet());
        }
    }

    /**
     * Branches merge these files line by line (union merge), so a key two branches added comes
     * twice, perhaps with two translations of which only the last would count.
     */
    @Test
    void noKeyIsWrittenTwiceInALanguagesFile() throws java.io.IOException {
        for (Locale language : Localization.LANGUAGES) {
            java.nio.file.Path file = UiSources.BUNDLES.resolve("Grounded_" + language.getLanguage() + ".properties");
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                java.util.Properties one = new java.util.Properties();
                one.load(new java.io.StringReader(line));
                one.stringPropertyNames().stream().filter(key -> !seen.add(key)).forEach(twice::add);
            }
            assertThat(twice).as("keys written twice in %s", file.getFileName()).isEmpty();
        }
    }

    @Test
    void englishSaysItsKeyAndTranslationsKeepThePlaceholders() {
        List<String> problems = new ArrayList<>();
        english.forEach((key, text) -> {
            if (!key.equals(text)) {
                problems.add("en: '" + key + "' says '" + text + "'");
            }
        });
        for (Locale language : Localization.LANGUAGES) {
            Localization.texts(language).forEach((key, text) -> {
                if (text.isBlank()) {
                    problems.add(language + ": '" + key + "' is blank");
                } else if (!UiSources.placeholders(key).equals(UiSources.placeholders(text))) {
                    problems.add(language + ": '" + key + "' → '" + text + "' changes the placeholders");
                }
            });
        }
        assertThat(problems).isEmpty();
    }
}
