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

    @Test
    void everyLanguageHasTheSameKeysAsEnglishAndNoneTheWindowDoesNotUse() {
        assertThat(english.keySet()).as("keys in Grounded_en.properties no source uses").isSubsetOf(used);
        for (Locale language : Localization.LANGUAGES) {
            assertThat(Localization.texts(language).keySet()).as("keys of Grounded_%s", language.getLanguage())
                    .containsExactlyInAnyOrderElementsOf(english.keySet());
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
