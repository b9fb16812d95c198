package org.grounded.model.edits;

import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class RelationEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    @Test
    void relatingTwoCodesWithLinkingWords() {
        EntityEdit edit = RelationEdits.relate(project, study.fears.id(), RelationType.IS_CAUSE_OF.id(),
                study.support.id());
        assertThat(edit.description()).isEqualTo("Relate 'Fears' is cause of 'Support'");
        applyCheckAndRevert(project, edit, p -> assertThat(p.relations()).hasSize(2));
    }

    @Test
    void aCodeCannotBeRelatedToItself() {
        assertThatThrownBy(() -> RelationEdits.relate(project, study.fears.id(), RelationType.IS_CAUSE_OF.id(),
                study.fears.id())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Fears' cannot be related to itself");
    }

    @Test
    void theSameRelationIsNotAddedTwiceAndUndirectedOnesReadBothWays() {
        assertThatThrownBy(() -> RelationEdits.relate(project, study.motivation.id(), RelationType.CONTRADICTS.id(),
                study.fears.id())).hasMessage("There is already a relation 'Motivation' contradicts 'Fears'");
        project.apply(RelationEdits.relate(project, study.fears.id(), RelationType.IS_CAUSE_OF.id(), study.support.id()));
        EntityEdit reverse = RelationEdits.relate(project, study.support.id(), RelationType.IS_CAUSE_OF.id(),
                study.fears.id());
        applyCheckAndRevert(project, reverse, p -> assertThat(p.relations()).hasSize(3));
    }

    @Test
    void changingARelationsType() {
        EntityEdit edit = RelationEdits.changeType(project, study.fearsContradictsMotivation.id(),
                RelationType.IS_CAUSE_OF.id()).orElseThrow();
        assertThat(edit.description()).isEqualTo("Change relation to 'Fears' is cause of 'Motivation'");
        applyCheckAndRevert(project, edit, p -> assertThat(relation(p).typeId()).isEqualTo(RelationType.IS_CAUSE_OF.id()));
        assertThat(RelationEdits.changeType(project, study.fearsContradictsMotivation.id(),
                RelationType.CONTRADICTS.id())).isEmpty();
    }

    @Test
    void reversingADirectedRelationButNotAnUndirectedOne() {
        EntityEdit directed = RelationEdits.changeType(project, study.fearsContradictsMotivation.id(),
                RelationType.IS_CAUSE_OF.id()).orElseThrow();
        project.apply(directed);
        EntityEdit edit = RelationEdits.reverse(project, study.fearsContradictsMotivation.id()).orElseThrow();
        applyCheckAndRevert(project, edit, p -> assertThat(relation(p).sourceCodeId()).isEqualTo(study.motivation.id()));
        project.revert(directed);
        assertThat(RelationEdits.reverse(project, study.fearsContradictsMotivation.id())).isEmpty();
    }

    @Test
    void commentingAndDeletingARelation() {
        EntityEdit comment = RelationEdits.setComment(project, study.fearsContradictsMotivation.id(), "tensión")
                .orElseThrow();
        applyCheckAndRevert(project, comment, p -> assertThat(relation(p).comment()).isEqualTo("tensión"));
        project.apply(MemoEdits.link(project, study.fieldNotes.id(), study.fearsContradictsMotivation.id()).orElseThrow());
        EntityEdit delete = RelationEdits.delete(project, study.fearsContradictsMotivation.id());
        assertThat(delete.description()).isEqualTo("Delete relation 'Fears' contradicts 'Motivation'");
        applyCheckAndRevert(project, delete, p -> {
            assertThat(p.relations()).isEmpty();
            assertThat(p.memosAbout(study.fearsContradictsMotivation.id())).isEmpty();
        });
    }

    @Test
    void addingAndRenamingAUserDefinedRelationType() {
        EntityEdit add = RelationEdits.addType(project, " motivates ", RelationDirection.DIRECTED);
        applyCheckAndRevert(project, add, p -> assertThat(p.relationTypeNamed("motivates")).hasValueSatisfying(type -> {
            assertThat(type.directed()).isTrue();
            assertThat(type.builtIn()).isFalse();
        }));
        project.apply(add);
        RelationType motivates = project.relationTypeNamed("motivates").orElseThrow();
        EntityEdit rename = RelationEdits.renameType(project, motivates.id(), "drives").orElseThrow();
        applyCheckAndRevert(project, rename, p -> assertThat(p.relationTypeNamed("drives")).isPresent());
    }

    @Test
    void relationTypeNamesAreUniqueAndBuiltInTypesStay() {
        assertThatThrownBy(() -> RelationEdits.addType(project, "IS CAUSE OF", RelationDirection.UNDIRECTED))
                .hasMessage("There is already a relation type named 'is cause of'");
        assertThatThrownBy(() -> RelationEdits.renameType(project, RelationType.IS_CAUSE_OF.id(), "causes"))
                .hasMessage("The built-in relation type 'is cause of' cannot be renamed");
        assertThatThrownBy(() -> RelationEdits.deleteType(project, RelationType.CONTRADICTS.id()))
                .hasMessage("The built-in relation type 'contradicts' cannot be deleted");
    }

    @Test
    void aRelationTypeInUseCannotBeDeletedAndTheMessageSaysHowOften() {
        project.apply(RelationEdits.addType(project, "motivates", RelationDirection.DIRECTED));
        RelationType motivates = project.relationTypeNamed("motivates").orElseThrow();
        project.apply(RelationEdits.relate(project, study.family.id(), motivates.id(), study.motivation.id()));
        project.apply(RelationEdits.relate(project, study.networks.id(), motivates.id(), study.motivation.id()));

        assertThatThrownBy(() -> RelationEdits.deleteType(project, motivates.id()))
                .hasMessage("The relation type 'motivates' is used by 2 relations; change their type or delete them first");
    }

    @Test
    void deletingAnUnusedRelationType() {
        project.apply(RelationEdits.addType(project, "motivates", RelationDirection.DIRECTED));
        RelationType motivates = project.relationTypeNamed("motivates").orElseThrow();
        EntityEdit delete = RelationEdits.deleteType(project, motivates.id());
        applyCheckAndRevert(project, delete, p -> assertThat(p.relationTypeNamed("motivates")).isEmpty());
    }

    private Relation relation(Project p) {
        return p.relations().iterator().next();
    }
}
