package org.grounded.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EditNameTest {

    @Test
    void theEnglishFillsThePlaceholdersWithTheArgumentsAsTheyAre() {
        EditName name = EditName.of("Add %0 to %1 '%2'", "'Ana', 'Bea'", EditName.of("participant group"), "Donantes");

        assertThat(name.english()).isEqualTo("Add 'Ana', 'Bea' to participant group 'Donantes'");
    }

    @Test
    void numbersAreWrittenWithoutGroupingAndLanguagesByTheirEnglishName() {
        assertThat(EditName.of("Import %0 transcripts", 1234).english()).isEqualTo("Import 1234 transcripts");
        assertThat(EditName.of("Edit the %0 stop words",
                EditName.of("%0 and %1", Locale.forLanguageTag("es"), Locale.forLanguageTag("ms"))).english())
                .isEqualTo("Edit the Spanish and Malay stop words");
    }

    @Test
    void aPlainNameIsItsTextEvenWithPercentSigns() {
        EditName plain = EditName.plain("Code 50%0 of it");

        assertThat(plain.isPlain()).isTrue();
        assertThat(plain.english()).isEqualTo("Code 50%0 of it");
        assertThat(EditName.of("Resize quotation").isPlain()).isFalse();
    }

    @Test
    void anEntityEditIsDescribedByItsNamesEnglish() {
        EntityEdit edit = EntityEdit.builder(EditName.of("Add code '%0'", "Fears")).add(Code.of("Fears", "#123456"))
                .build();

        assertThat(edit.description()).isEqualTo("Add code 'Fears'");
        assertThat(edit.name().template()).isEqualTo("Add code '%0'");
    }
}
