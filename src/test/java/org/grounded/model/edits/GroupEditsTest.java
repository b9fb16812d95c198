package org.grounded.model.edits;

import java.util.List;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class GroupEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    @Test
    void creatingACodeGroupWithMembers() {
        EntityEdit edit = GroupEdits.create(project, GroupKind.CODE, "Emotions",
                List.of(study.fears.id(), study.motivation.id()));
        assertThat(edit.description()).isEqualTo("Add code group 'Emotions'");
        applyCheckAndRevert(project, edit, p -> assertThat(p.groupsOf(study.fears.id(), GroupKind.CODE)).hasSize(2));
    }

    @Test
    void groupNamesAreUniquePerKindAndMembersMustBeOfTheKind() {
        assertThatThrownBy(() -> GroupEdits.create(project, GroupKind.CODE, "central", List.of()))
                .hasMessage("There is already a code group named 'Central'");
        assertThatThrownBy(() -> GroupEdits.create(project, GroupKind.PARTICIPANT, "Donors", List.of(study.fears.id())))
                .hasMessage("Only participants can join a participant group");
        EntityEdit sameNameOtherKind = GroupEdits.create(project, GroupKind.PARTICIPANT, "Central", List.of(study.ana.id()));
        applyCheckAndRevert(project, sameNameOtherKind, p -> assertThat(p.groups(GroupKind.PARTICIPANT)).hasSize(1));
    }

    @Test
    void renamingAndDeletingAGroup() {
        EntityEdit rename = GroupEdits.rename(project, study.centralCodes.id(), "Core").orElseThrow();
        assertThat(rename.description()).isEqualTo("Rename code group 'Central' to 'Core'");
        applyCheckAndRevert(project, rename, p -> assertThat(group(p).name()).isEqualTo("Core"));
        project.apply(MemoEdits.link(project, study.fieldNotes.id(), study.centralCodes.id()).orElseThrow());
        EntityEdit delete = GroupEdits.delete(project, study.centralCodes.id());
        applyCheckAndRevert(project, delete, p -> {
            assertThat(p.groups()).isEmpty();
            assertThat(p.codes()).hasSize(5);
            assertThat(p.memosAbout(study.centralCodes.id())).isEmpty();
        });
    }

    @Test
    void addingAndRemovingMembers() {
        EntityEdit add = GroupEdits.addMembers(project, study.centralCodes.id(),
                List.of(study.fears.id(), study.family.id())).orElseThrow();
        assertThat(add.description()).isEqualTo("Add 'Family' to code group 'Central'");
        applyCheckAndRevert(project, add, p -> assertThat(group(p).memberIds())
                .containsExactly(study.fears.id(), study.support.id(), study.family.id()));
        EntityEdit remove = GroupEdits.removeMembers(project, study.centralCodes.id(), List.of(study.fears.id()))
                .orElseThrow();
        assertThat(remove.description()).isEqualTo("Remove 'Fears' from code group 'Central'");
        applyCheckAndRevert(project, remove, p -> assertThat(group(p).memberIds()).containsExactly(study.support.id()));
        assertThat(GroupEdits.addMembers(project, study.centralCodes.id(), List.of(study.fears.id()))).isEmpty();
        assertThat(GroupEdits.removeMembers(project, study.centralCodes.id(), List.of(study.family.id()))).isEmpty();
    }

    private Group group(Project p) {
        return p.groups().iterator().next();
    }
}
