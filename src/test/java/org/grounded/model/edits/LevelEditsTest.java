package org.grounded.model.edits;

import java.util.List;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class LevelEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    @Test
    void promotingSeveralCodesToCoreThemesIsOneEdit() {
        EntityEdit edit = LevelEdits.promote(project, List.of(study.support.id(), study.motivation.id()),
                CodingLevel.SELECTIVE, CoreMarking.MARK_CORE).orElseThrow();
        assertThat(edit.description()).isEqualTo("Set 'Support', 'Motivation' to selective, core");
        assertThat(edit.changes()).hasSize(2);
        applyCheckAndRevert(project, edit, p -> {
            assertThat(LevelEdits.codesAtLevel(p, CodingLevel.SELECTIVE)).extracting(Code::name)
                    .containsExactly("Motivation", "Support");
            assertThat(LevelEdits.coreCodes(p)).extracting(Code::name).containsExactly("Motivation", "Support");
        });
    }

    @Test
    void keepingTheCoreMarkChangesOnlyTheLevel() {
        project.apply(LevelEdits.markCore(project, study.fears.id()).orElseThrow());
        EntityEdit edit = LevelEdits.promote(project, List.of(study.fears.id(), study.family.id()), CodingLevel.AXIAL,
                CoreMarking.KEEP).orElseThrow();
        applyCheckAndRevert(project, edit, p -> {
            assertThat(study.code(study.fears.id()).core()).isTrue();
            assertThat(study.code(study.family.id()).core()).isFalse();
            assertThat(LevelEdits.codesAtLevel(p, CodingLevel.AXIAL)).hasSize(2);
        });
    }

    @Test
    void manyCodesAreCountedInTheDescription() {
        EntityEdit edit = LevelEdits.promote(project, project.codes().stream().map(Code::id).toList(),
                CodingLevel.AXIAL, CoreMarking.UNMARK_CORE).orElseThrow();
        assertThat(edit.description()).isEqualTo("Set 5 codes to axial, not core");
    }

    @Test
    void settingALevelACodeHasChangesNothing() {
        assertThat(LevelEdits.setLevel(project, study.fears.id(), CodingLevel.OPEN)).isEmpty();
        assertThat(LevelEdits.unmarkCore(project, study.fears.id())).isEmpty();
    }

    @Test
    void markingAndUnmarkingACoreCategory() {
        EntityEdit mark = LevelEdits.markCore(project, study.support.id()).orElseThrow();
        assertThat(mark.description()).isEqualTo("Mark 'Support' as core");
        applyCheckAndRevert(project, mark, p -> assertThat(study.code(study.support.id()).core()).isTrue());
        project.apply(mark);
        EntityEdit unmark = LevelEdits.unmarkCore(project, study.support.id()).orElseThrow();
        applyCheckAndRevert(project, unmark, p -> assertThat(LevelEdits.coreCodes(p)).isEmpty());
    }

    @Test
    void settingTheLevelOfOneCode() {
        EntityEdit edit = LevelEdits.setLevel(project, study.family.id(), CodingLevel.AXIAL).orElseThrow();
        assertThat(edit.description()).isEqualTo("Set 'Family' to axial");
        applyCheckAndRevert(project, edit, p ->
                assertThat(study.code(study.family.id()).level()).isEqualTo(CodingLevel.AXIAL));
    }
}
