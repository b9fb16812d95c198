package org.grounded.model.edits;

import java.util.List;
import org.grounded.model.Code;
import org.grounded.model.Entity;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.Memo;
import org.grounded.model.Project;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.model.edits.Study.T1;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class CodeMergeEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    @Test
    void mergingTwoCodesMovesTheirQuotations() {
        EntityEdit edit = CodeMergeEdits.merge(project, study.family.id(), study.motivation.id());
        assertThat(edit.description()).isEqualTo("Merge 'Family' into 'Motivation'");
        applyCheckAndRevert(project, edit, p -> {
            assertThat(p.code(study.family.id())).isEmpty();
            assertThat(p.quotationsWithCode(study.motivation.id())).extracting(Entity::id)
                    .containsExactlyInAnyOrder(study.fearQuote.id(), study.familyQuote.id(), study.weeklyQuote.id());
        });
    }

    @Test
    void aQuotationWithBothCodesKeepsTheTargetOnceAndTheSourcesPlace() {
        project.apply(CodingEdits.applyCodes(project, study.interview.id(), study.fearQuote.start(),
                study.fearQuote.end(), List.of(study.family.id()), "lu", T1).orElseThrow());
        EntityEdit edit = CodeMergeEdits.merge(project, study.fears.id(), study.family.id());
        applyCheckAndRevert(project, edit, p -> assertThat(study.quotation(study.fearQuote.id()).codeIds())
                .containsExactly(study.family.id(), study.motivation.id()));
    }

    @Test
    void mergingACategoryMovesItsSubCodesUnderTheTarget() {
        EntityEdit edit = CodeMergeEdits.merge(project, study.support.id(), study.fears.id());
        applyCheckAndRevert(project, edit, p -> assertThat(p.children(study.fears.id())).extracting(Code::name)
                .containsExactly("Family", "Social networks"));
    }

    @Test
    void mergingACategoryIntoItsOwnSubCodePutsTheSubCodeInItsPlace() {
        EntityEdit edit = CodeMergeEdits.merge(project, study.support.id(), study.family.id());
        applyCheckAndRevert(project, edit, p -> {
            assertThat(study.code(study.family.id()).parentId()).isNull();
            assertThat(p.children(study.family.id())).extracting(Code::name).containsExactly("Social networks");
        });
    }

    @Test
    void aRelationThatWouldRelateTheTargetToItselfIsDropped() {
        EntityEdit edit = CodeMergeEdits.merge(project, study.fears.id(), study.motivation.id());
        applyCheckAndRevert(project, edit, p -> assertThat(p.relations()).isEmpty());
    }

    @Test
    void relationsArePointedAtTheTarget() {
        EntityEdit edit = CodeMergeEdits.merge(project, study.fears.id(), study.networks.id());
        applyCheckAndRevert(project, edit, p -> assertThat(p.relations()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(study.fearsContradictsMotivation.id());
            assertThat(r.sourceCodeId()).isEqualTo(study.networks.id());
            assertThat(r.targetCodeId()).isEqualTo(study.motivation.id());
        }));
    }

    @Test
    void aRelationTheTargetAlreadyHasIsDroppedAndItsCommentAndMemosGoToTheOneKept() {
        relate(study.networks, RelationType.IS_CAUSE_OF, study.motivation, "online groups");
        relate(study.family, RelationType.IS_CAUSE_OF, study.motivation, "");
        Relation dropped = relationFrom(study.networks);
        project.apply(MemoEdits.link(project, study.fieldNotes.id(), dropped.id()).orElseThrow());

        EntityEdit edit = CodeMergeEdits.merge(project, study.networks.id(), study.family.id());

        applyCheckAndRevert(project, edit, p -> {
            Relation kept = relationFrom(study.family);
            assertThat(p.relations()).hasSize(2);
            assertThat(kept.comment()).isEqualTo("online groups");
            assertThat(memo(study.fieldNotes).linkedIds()).containsExactly(kept.id());
        });
    }

    @Test
    void anUndirectedRelationTheOtherWayRoundCountsAsTheSame() {
        relate(study.family, RelationType.CONTRADICTS, study.fears, "");
        EntityEdit edit = CodeMergeEdits.merge(project, study.family.id(), study.motivation.id());
        applyCheckAndRevert(project, edit, p -> assertThat(p.relations()).containsExactly(study.fearsContradictsMotivation));
    }

    @Test
    void groupMembershipsMemoLinksAndTheDescriptionMoveToTheTarget() {
        project.apply(CodebookEdits.describe(project, study.fears.id(), "Miedo a donar").orElseThrow());
        project.apply(CodebookEdits.describe(project, study.networks.id(), "Grupos en línea").orElseThrow());
        EntityEdit edit = CodeMergeEdits.merge(project, study.fears.id(), study.networks.id());
        applyCheckAndRevert(project, edit, p -> {
            Group group = p.groups().iterator().next();
            assertThat(group.memberIds()).containsExactly(study.networks.id(), study.support.id());
            assertThat(memo(study.aboutFears).linkedIds()).containsExactly(study.networks.id(), study.fearQuote.id());
            assertThat(study.code(study.networks.id()).description()).isEqualTo("Grupos en línea\n\nMiedo a donar");
        });
    }

    @Test
    void aTargetAlreadyInTheGroupIsNotAddedTwice() {
        EntityEdit edit = CodeMergeEdits.merge(project, study.fears.id(), study.support.id());
        applyCheckAndRevert(project, edit, p ->
                assertThat(p.groups().iterator().next().memberIds()).containsExactly(study.support.id()));
    }

    @Test
    void undoingAMergeRestoresBothCodesExactly() {
        relate(study.networks, RelationType.IS_CAUSE_OF, study.fears, "x");
        List<Entity> before = project.entities();
        EntityEdit merge = CodeMergeEdits.merge(project, study.support.id(), study.fears.id());

        project.apply(merge);
        project.revert(merge);

        assertThat(project.entities()).isEqualTo(before);
        assertThat(project.codes()).containsExactly(study.fears, study.motivation, study.support, study.family,
                study.networks);
    }

    @Test
    void aCodeCannotBeMergedIntoItself() {
        assertThatThrownBy(() -> CodeMergeEdits.merge(project, study.fears.id(), study.fears.id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'Fears' cannot be merged into itself");
    }

    @Test
    void splittingACodeMovesTheChosenQuotationsToANewSibling() {
        EntityEdit edit = CodeMergeEdits.split(project, study.motivation.id(), "Routine", SplitPlacement.SIBLING,
                List.of(study.weeklyQuote.id()));
        assertThat(edit.description()).isEqualTo("Split 'Routine' from 'Motivation'");
        applyCheckAndRevert(project, edit, p -> {
            Code routine = p.codeNamed("Routine").orElseThrow();
            assertThat(routine.parentId()).isNull();
            assertThat(routine.colour()).isEqualTo(study.motivation.colour());
            assertThat(p.quotationsWithCode(routine.id())).extracting(Entity::id).containsExactly(study.weeklyQuote.id());
            assertThat(p.quotationsWithCode(study.motivation.id())).extracting(Entity::id)
                    .containsExactly(study.fearQuote.id());
        });
    }

    @Test
    void splittingIntoAChildMakesTheOriginalACategory() {
        EntityEdit edit = CodeMergeEdits.split(project, study.fears.id(), "Of judgement", SplitPlacement.CHILD,
                List.of(study.fearQuote.id()));
        applyCheckAndRevert(project, edit, p -> {
            assertThat(p.children(study.fears.id())).extracting(Code::name).containsExactly("Of judgement");
            assertThat(study.quotation(study.fearQuote.id()).codeIds())
                    .containsExactly(p.codeNamed("Of judgement").orElseThrow().id(), study.motivation.id());
        });
    }

    @Test
    void splittingRefusesAQuotationWithoutTheCodeAndATakenName() {
        assertThatThrownBy(() -> CodeMergeEdits.split(project, study.fears.id(), "New", SplitPlacement.SIBLING,
                List.of(study.postQuote.id()))).hasMessage("A chosen quotation is not coded with 'Fears'");
        assertThatThrownBy(() -> CodeMergeEdits.split(project, study.fears.id(), "support", SplitPlacement.SIBLING,
                List.of())).hasMessage("There is already a code named 'Support'");
    }

    private void relate(Code source, RelationType type, Code target, String comment) {
        project.apply(RelationEdits.relate(project, source.id(), type.id(), target.id()));
        if (!comment.isEmpty()) {
            project.apply(RelationEdits.setComment(project, relationFrom(source).id(), comment).orElseThrow());
        }
    }

    private Relation relationFrom(Code source) {
        return project.relations().stream().filter(r -> r.sourceCodeId().equals(source.id())).findFirst().orElseThrow();
    }

    private Memo memo(Memo memo) {
        return project.memos().stream().filter(m -> m.id().equals(memo.id())).findFirst().orElseThrow();
    }
}
