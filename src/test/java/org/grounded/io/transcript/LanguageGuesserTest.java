package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|Interviewer: How did it start? Ana: It was hard at first, because the baby was small and my milk "
                    + "did not come in. The nurses said that we should give formula, but I wanted to keep trying.",
            "es|Entrevistadora: ¿Cómo empezó? María: Al principio fue muy difícil, porque la bebé era pequeña y "
                    + "no me bajaba la leche. Las enfermeras dijeron que le diéramos fórmula, pero yo quería seguir.",
            "ms|Penemu bual: Macam mana mula-mula? Aisyah: Pada mulanya memang susah sebab anak saya kecil dan "
                    + "susu tak keluar. Jururawat kata kita kena bagi susu formula, tapi saya nak cuba juga.",
            "pt|Entrevistadora: Como começou? Ana: No início foi muito difícil, porque o bebê era pequeno e o meu "
                    + "leite não descia. As enfermeiras disseram que eu devia dar fórmula, mas eu queria continuar.",
            "fr|Enquêtrice : Comment est-ce que ça a commencé ? Anne : Au début c'était très difficile, parce que le "
                    + "bébé était petit et je n'avais pas de lait. Les infirmières ont dit qu'il fallait donner du lait.",
            "de|Interviewerin: Wie hat es angefangen? Anna: Am Anfang war es sehr schwer, weil das Baby klein war und "
                    + "die Milch nicht kam. Die Schwestern sagten, wir sollten Pulvermilch geben, aber ich wollte es weiter versuchen."})
    void theCommonestWordsTellTheLanguage(String language, String text) {
        assertThat(LanguageGuesser.guess(text)).isEqualTo(language);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ana: Sí.", "😊 👍", "12:30 14:45", "''"})
    void tooLittleTextGivesNoGuess(String text) {
        assertThat(LanguageGuesser.guess(text)).isEmpty();
    }
}
