package org.grounded.model.edits;

import org.grounded.model.Code;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeNamesTest {

    private final Study study = new Study();

    @Test
    void suggestionsListNamesStartingWithTheTypedTextBeforeNamesContainingIt() {
        study.project.apply(CodebookEdits.createCode(study.project, "Familia extendida", null));
        study.project.apply(CodebookEdits.createCode(study.project, "Apoyo de la familia", null));

        assertThat(CodeNames.suggestions(study.project, "FAMI", 10)).extracting(Code::name)
                .containsExactly("Family", "Familia extendida", "Apoyo de la familia");
        assertThat(CodeNames.suggestions(study.project, "fami", 2)).extracting(Code::name)
                .containsExactly("Family", "Familia extendida");
    }

    @Test
    void suggestionsIgnoreAccents() {
        study.project.apply(CodebookEdits.createCode(study.project, "Significación de la leche", null));
        assertThat(CodeNames.suggestions(study.project, "significacion", 5)).extracting(Code::name)
                .containsExactly("Significación de la leche");
    }

    @Test
    void anEmptyBoxSuggestsTheFirstCodes() {
        assertThat(CodeNames.suggestions(study.project, "", 3)).extracting(Code::name)
                .containsExactly("Fears", "Motivation", "Support");
    }

    @Test
    void inVivoNamesCollapseWhiteSpaceAndDropQuoteMarks() {
        assertThat(CodeNames.inVivo("  “tenía   miedo\n al principio”  ")).isEqualTo("tenía miedo al principio");
        assertThat(CodeNames.inVivo("\"regalo\"")).isEqualTo("regalo");
    }

    @Test
    void longInVivoNamesAreCutAtAWordWithAnEllipsis() {
        String words = "Cuando empecé a donar leche sentí que ayudaba a otras mamás que no podían amamantar";
        String name = CodeNames.inVivo(words);
        assertThat(name).hasSizeLessThanOrEqualTo(CodeNames.MAX_IN_VIVO_LENGTH).endsWith("…");
        assertThat(words).startsWith(name.substring(0, name.length() - 1));
        assertThat(name).isEqualTo("Cuando empecé a donar leche sentí que ayudaba a otras mamás…");
    }

    @Test
    void aSingleOverlongWordIsCutWithoutSplittingAnEmoji() {
        String word = "a".repeat(58) + "🍼🍼";
        String name = CodeNames.inVivo(word);
        assertThat(name).isEqualTo("a".repeat(58) + "…");
    }

    @Test
    void aSelectionOfOnlySpacesCannotNameAnInVivoCode() {
        assertThatThrownBy(() -> CodeNames.inVivo(" \n ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no words");
    }
}
