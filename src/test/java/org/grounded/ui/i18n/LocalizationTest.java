package org.grounded.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalizationTest {

    @AfterEach
    void backToEnglish() {
        Localization.use(Locale.ENGLISH);
    }

    @Test
    void aTextIsLookedUpInTheChosenLanguageWithItsPlaceholdersFilled() {
        Localization.use(Locale.forLanguageTag("es"));
        assertThat(Localization.lang("Recent projects")).isEqualTo("Proyectos recientes");
        Localization.use(Locale.forLanguageTag("ms"));
        assertThat(Localization.lang("Recent projects")).isEqualTo("Projek terkini");
    }

    @Test
    void numbersInATextAreWrittenTheLanguagesWay() {
        assertThat(Localization.lang("%0 of %1", 1234, 5)).isEqualTo("1,234 of 5");
        Localization.use(Locale.forLanguageTag("es"));
        assertThat(Localization.number(12345)).isEqualTo("12.345");
        assertThat(Localization.decimal(0.25, 2)).isEqualTo("0,25");
    }

    @Test
    void anUnknownTextFallsBackToItselfAndMissingArgumentsStayVisible() {
        assertThat(Localization.lang("Not a key %0 %1", "x")).isEqualTo("Not a key x %1");
    }

    @Test
    void anUnsupportedLanguageMeansEnglish() {
        assertThat(Localization.use(Locale.JAPANESE)).isEqualTo(Locale.ENGLISH);
        assertThat(Localization.lang("Recent projects")).isEqualTo("Recent projects");
    }

    @Test
    void theStartLanguageIsThePreferredOneElseTheSystemsElseEnglish() {
        assertThat(Localization.startLanguage(Optional.of("ms"), Locale.forLanguageTag("es-MX")).getLanguage()).isEqualTo("ms");
        assertThat(Localization.startLanguage(Optional.empty(), Locale.forLanguageTag("es-MX")).getLanguage()).isEqualTo("es");
        assertThat(Localization.startLanguage(Optional.of(""), Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(Localization.startLanguage(Optional.of("xx"), Locale.forLanguageTag("ms-MY")).getLanguage()).isEqualTo("ms");
    }

    @Test
    void anEditsNameIsTranslatedWithItsPiecesAndNumbersInTheLanguage() {
        org.grounded.model.EditName name = org.grounded.model.EditName.of("Apply %0",
                org.grounded.model.EditName.of("%0 codes", 12345));
        org.grounded.model.EditName stopWords = org.grounded.model.EditName.of("Edit the %0 stop words",
                Locale.forLanguageTag("ms"));
        try {
            Localization.use(Locale.forLanguageTag("es"));
            assertThat(Localization.lang(name)).isEqualTo("Aplicar 12.345 códigos");
            assertThat(Localization.lang(stopWords)).isEqualTo("Editar las palabras vacías (malayo)");
            assertThat(Localization.lang(org.grounded.model.EditName.plain("Apply %0 now"))).isEqualTo("Apply %0 now");
        } finally {
            Localization.use(Locale.ENGLISH);
        }
        assertThat(Localization.lang(name)).isEqualTo("Apply 12,345 codes");
    }
}
