package org.grounded.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No words a user reads are written into the window's code: every string literal under {@code ui}
 * that looks like text is the key of a {@code Localization.lang(…)} call, or its line says why it
 * is never shown ({@code // NON-NLS}, a style class, an id, a log line, a programmer's error).
 */
class UiTextLiteralsTest {

    /**
     * Packages whose texts are still being moved into the bundles (issue 16); each is removed from
     * here as it is converted, and the test then holds it to the rule.
     */
    static final Set<String> PENDING = Set.of(
);

    @Test
    void everyVisibleLiteralInTheWindowComesFromTheBundles() {
        List<String> offenders = UiSources.literals().stream()
                .filter(l -> !pending(l.file()))
                .filter(l -> !l.langKey() && UiSources.looksLikeText(l.value()) && !UiSources.notShown(l))
                .map(l -> l.where() + ": \"" + l.value() + "\"")
                .toList();
        assertThat(offenders).as("literals shown to users but not from Localization.lang").isEmpty();
    }

    @Test
    void theRuleTellsWordsFromIdentifiers() {
        assertThat(UiSources.looksLikeText("Open project…")).isTrue();
        assertThat(UiSources.looksLikeText("Codes")).isTrue();
        assertThat(UiSources.looksLikeText("Name:")).isTrue();
        assertThat(UiSources.looksLikeText("no table yet")).isTrue();
        assertThat(UiSources.looksLikeText("welcome-title")).isFalse();
        assertThat(UiSources.looksLikeText("-fx-font-size: 12")).isFalse();
        assertThat(UiSources.looksLikeText("CSV")).isFalse();
        assertThat(UiSources.looksLikeText("*.grounded")).isFalse();
        assertThat(UiSources.looksLikeText("/org/grounded/ui/grounded.css")).isFalse();
        assertThat(UiSources.looksLikeText("%d")).isFalse();
        assertThat(UiSources.looksLikeText(" · ")).isFalse();
    }

    @Test
    void theScannerFindsLangKeysAndSkipsCommentsAndCharacters() {
        String source = """
                class X {
                    // "Not a literal" in a comment
                    /* "Nor this" */
                    char quote = '"';
                    Label a = new Label(Localization.lang("Open project…"));
                    Label b = new Label("Close");
                    String c = "Line\\nbreak \\u2026";
                }
                """;
        List<UiSources.Literal> literals = UiSources.literalsOf(Path.of("X.java"), source);
        assertThat(literals).extracting(UiSources.Literal::value).containsExactly("Open project…", "Close", "Line\nbreak …");
        assertThat(literals).extracting(UiSources.Literal::langKey).containsExactly(true, false, false);
        assertThat(literals).extracting(UiSources.Literal::line).containsExactly(5, 6, 7);
    }

    private static boolean pending(Path file) {
        Path relative = UiSources.UI.relativize(file);
        return relative.getNameCount() > 1 && PENDING.contains(relative.getName(0).toString());
    }
}
