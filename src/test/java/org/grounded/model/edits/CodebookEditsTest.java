package org.grounded.model.edits;

import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class CodebookEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    @Test
    void creatingACodeAddsATopLevelOpenCode() {
        EntityEdit edit = CodebookEdits.createCode(project, "  Hygiene practices ", "#aabbcc");
        assertThat(edit.description()).isEqualTo("Add code 'Hygiene practices'");
        applyCheckAndRevert(project, edit, p -> {
            Code code = EditResults.firstAdded(edit, Code.class).orElseThrow();
            assertThat(p.code(code.id())).contains(code);
            assertThat(code.name()).isEqualTo("Hygiene practices");
            assertThat(code.colour()).isEqualTo("#AABBCC");
            assertThat(code.level()).isEqualTo(CodingLevel.OPEN);
            assertThat(code.parentId()).isNull();
        });
    }

    @Test
    void creatingASubCodeMakesItsParentACategory() {
        EntityEdit edit = CodebookEdits.createSubCode(project, study.fears.id(), "Of rejection", null);
        applyCheckAndRevert(project, edit, p -> {
            assertThat(p.isCategory(study.fears.id())).isTrue();
            assertThat(p.children(study.fears.id())).extracting(Code::colour).containsExactly(Code.DEFAULT_COLOUR);
        });
    }

    @Test
    void codeNamesAreUniqueInTheWholeProjectWhateverTheirCase() {
        assertThatThrownBy(() -> CodebookEdits.createCode(project, "FAMILY", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is already a code named 'Family'");
        assertThatThrownBy(() -> CodebookEdits.createSubCode(project, study.fears.id(), "family", null))
                .hasMessage("There is already a code named 'Family'");
        assertThatThrownBy(() -> CodebookEdits.createCode(project, " ", null)).hasMessage("A code needs a name");
    }

    @Test
    void aBadColourIsRefusedWithItsValue() {
        assertThatThrownBy(() -> CodebookEdits.createCode(project, "New", "red"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'red'");
    }

    @Test
    void renamingACodeRefusesAnotherCodesNameButAllowsAChangeOfCase() {
        assertThatThrownBy(() -> CodebookEdits.rename(project, study.fears.id(), "motivation"))
                .hasMessage("There is already a code named 'Motivation'");
        EntityEdit edit = CodebookEdits.rename(project, study.fears.id(), "FEARS").orElseThrow();
        assertThat(edit.description()).isEqualTo("Rename 'Fears' to 'FEARS'");
        applyCheckAndRevert(project, edit, p -> assertThat(study.code(study.fears.id()).name()).isEqualTo("FEARS"));
        assertThat(CodebookEdits.rename(project, study.fears.id(), "Fears ")).isEmpty();
    }

    @Test
    void recolouringAndDescribingACode() {
        EntityEdit recolour = CodebookEdits.recolour(project, study.fears.id(), "#000000").orElseThrow();
        applyCheckAndRevert(project, recolour, p -> assertThat(study.code(study.fears.id()).colour()).isEqualTo("#000000"));
        EntityEdit describe = CodebookEdits.describe(project, study.fears.id(), "Miedo a donar").orElseThrow();
        applyCheckAndRevert(project, describe, p ->
                assertThat(study.code(study.fears.id()).description()).isEqualTo("Miedo a donar"));
        assertThat(CodebookEdits.recolour(project, study.fears.id(), "#ff0000")).isEmpty();
        assertThatThrownBy(() -> CodebookEdits.recolour(project, study.fears.id(), "")).hasMessageContaining("colour");
    }

    @Test
    void movingACodeUnderAnotherMakesASubCategory() {
        EntityEdit edit = CodebookEdits.moveUnder(project, study.fears.id(), study.support.id()).orElseThrow();
        assertThat(edit.description()).isEqualTo("Move 'Fears' under 'Support'");
        applyCheckAndRevert(project, edit, p -> assertThat(p.children(study.support.id()))
                .extracting(Code::name).containsExactly("Fears", "Family", "Social networks"));
    }

    @Test
    void movingACodeUnderItselfOrItsOwnSubCodeIsRefused() {
        assertThatThrownBy(() -> CodebookEdits.moveUnder(project, study.support.id(), study.family.id()))
                .hasMessage("'Support' cannot go under 'Family', which is one of its own sub-codes");
        assertThatThrownBy(() -> CodebookEdits.moveUnder(project, study.support.id(), study.support.id()))
                .hasMessage("'Support' cannot go under itself");
        assertThat(CodebookEdits.moveUnder(project, study.family.id(), study.support.id())).isEmpty();
    }

    @Test
    void movingASubCodeToTheTopLevel() {
        EntityEdit edit = CodebookEdits.moveToTopLevel(project, study.family.id()).orElseThrow();
        applyCheckAndRevert(project, edit, p -> assertThat(p.rootCodes()).extracting(Code::name).contains("Family"));
        assertThat(CodebookEdits.moveToTopLevel(project, study.fears.id())).isEmpty();
    }

    @Test
    void deletingACategoryMovesItsSubCodesUpAndLeavesItsGroup() {
        EntityEdit edit = CodebookEdits.deleteCode(project, study.support.id());
        assertThat(edit.description()).isEqualTo("Delete code 'Support'");
        applyCheckAndRevert(project, edit, p -> {
            assertThat(p.code(study.support.id())).isEmpty();
            assertThat(study.code(study.family.id()).parentId()).isNull();
            assertThat(study.code(study.networks.id()).parentId()).isNull();
            assertThat(p.groups()).singleElement().satisfies(g -> assertThat(g.memberIds()).containsExactly(study.fears.id()));
        });
    }

    @Test
    void deletingACodeTakesItOffQuotationsDeletesItsRelationsAndMemoLinks() {
        EntityEdit edit = CodebookEdits.deleteCode(project, study.fears.id());
        applyCheckAndRevert(project, edit, p -> {
            assertThat(study.quotation(study.fearQuote.id()).codeIds()).containsExactly(study.motivation.id());
            assertThat(p.relations()).isEmpty();
            assertThat(p.memosAbout(study.fears.id())).isEmpty();
            assertThat(p.memosAbout(study.fearQuote.id())).hasSize(1);
        });
    }

    @Test
    void deletingTheOnlyCodeOfAQuotationDeletesTheQuotationUnlessAMemoIsAboutIt() {
        EntityEdit edit = CodebookEdits.deleteCode(project, study.motivation.id());
        applyCheckAndRevert(project, edit, p -> {
            assertThat(p.quotation(study.weeklyQuote.id())).isEmpty();
            assertThat(study.quotation(study.fearQuote.id()).codeIds()).containsExactly(study.fears.id());
        });
        project.apply(CodebookEdits.deleteCode(project, study.motivation.id()));
        EntityEdit fears = CodebookEdits.deleteCode(project, study.fears.id());
        applyCheckAndRevert(project, fears, p -> assertThat(study.quotation(study.fearQuote.id()).codeIds()).isEmpty());
    }

    @Test
    void undoingADeleteRestoresTheCodeInItsPlaceInTheTree() {
        project.apply(CodebookEdits.deleteCode(project, study.family.id()));
        project.apply(CodebookEdits.createSubCode(project, study.support.id(), "Partner", null));
        EntityEdit delete = CodebookEdits.deleteCode(project, study.networks.id());
        applyCheckAndRevert(project, delete, p -> assertThat(p.children(study.support.id())).hasSize(1));
        assertThat(project.children(study.support.id())).extracting(Code::name).containsExactly("Social networks", "Partner");
    }

    @Test
    void aCodeDeletedMeanwhileIsReportedAsGone() {
        assertThatThrownBy(() -> CodebookEdits.deleteCode(project, UUID.randomUUID()))
                .hasMessage("This code is no longer in the project");
    }
}
