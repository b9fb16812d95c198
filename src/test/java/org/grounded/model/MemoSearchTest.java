package org.grounded.model;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemoSearchTest {

    private final Project project = Project.create("Memos");
    private final Memo journal = Memo.of("Diario reflexivo", "El acompañamiento de la partera fue clave.", "lu");
    private final Memo field = Memo.of("Notas de campo — Mamá Ana", "Habló con calma,\nsin prisa.", "lu");
    private final Memo malay = Memo.of("Susu ibu", "Derma susu melalui Facebook.", "aziz");

    MemoSearchTest() {
        project.apply(EntityEdit.builder("Memos").add(journal).add(field).add(malay).build());
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        assertThat(MemoSearch.matching(project, "ACOMPANAMIENTO")).containsExactly(journal);
        assertThat(MemoSearch.matching(project, "mama ana")).containsExactly(field);
        assertThat(MemoSearch.matching(project, "Partéra")).containsExactly(journal);
    }

    @Test
    void searchLooksInTitlesAndTexts() {
        assertThat(MemoSearch.matching(project, "susu")).containsExactly(malay);
        assertThat(MemoSearch.matching(project, "facebook")).containsExactly(malay);
    }

    @Test
    void spacesInTheQueryMatchLineBreaksInTheMemo() {
        assertThat(MemoSearch.matching(project, "calma, sin")).containsExactly(field);
    }

    @Test
    void aBlankQueryFindsEveryMemoAndANonsenseQueryNone() {
        assertThat(MemoSearch.matching(project, "  ")).containsExactly(journal, field, malay);
        assertThat(MemoSearch.matching(project, "zzz")).isEqualTo(List.of());
    }
}
