package org.grounded.ui.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.grounded.ui.i18n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RelationTypeNamesTest {

    @AfterEach
    void backToEnglish() {
        Localization.use(Locale.ENGLISH);
    }

    @Test
    void builtInLinkingWordsAreShownInTheWindowsLanguageAndTheResearchersOwnAsTyped() {
        Localization.use(Locale.forLanguageTag("es"));
        assertThat(RelationTypeNames.ofEnglish("is cause of")).isEqualTo("es causa de");
        assertThat(RelationTypeNames.ofEnglish("mentions")).isEqualTo("menciona");
        assertThat(RelationTypeNames.ofEnglish("protege de")).isEqualTo("protege de");
        Localization.use(Locale.forLanguageTag("ms"));
        assertThat(RelationTypeNames.ofEnglish("mentions")).isEqualTo("menyebut");
        Localization.use(Locale.ENGLISH);
        assertThat(RelationTypeNames.ofEnglish("is part of")).isEqualTo("is part of");
    }
}
