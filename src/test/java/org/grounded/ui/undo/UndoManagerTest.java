package org.grounded.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;

class UndoManagerTest {

    private final Project project = Project.create("Study");
    private final UndoManager undo = UndoManager.forSavedProject(project);

    private static EntityEdit addCode(String name) {
        return EntityEdit.add("Add code '" + name + "'", Code.of(name, "#336699"));
    }

    @Test
    void performingAnEditAppliesItAndMakesItUndoable() {
        undo.perform(addCode("Fears"));

        assertThat(project.codeNamed("Fears")).isPresent();
        assertThat(undo.canUndoProperty().get()).isTrue();
        assertThat(undo.canRedoProperty().get()).isFalse();
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo("Undo Add code 'Fears'");
    }

    @Test
    void undoRevertsAndRedoReapplies() {
        undo.perform(addCode("Fears"));

        undo.undo();
        assertThat(project.codeNamed("Fears")).isEmpty();
        assertThat(undo.canUndoProperty().get()).isFalse();
        assertThat(undo.redoDescriptionProperty().get()).isEqualTo("Redo Add code 'Fears'");
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo("Undo");

        undo.redo();
        assertThat(project.codeNamed("Fears")).isPresent();
        assertThat(undo.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        undo.perform(addCode("Fears"));
        undo.undo();

        undo.perform(addCode("Hope"));

        assertThat(undo.canRedoProperty().get()).isFalse();
        assertThat(undo.redoSize()).isZero();
    }

    @Test
    void theStacksAreBoundedAndDropTheOldestEdits() {
        UndoManager small = new UndoManager(project, 3, project.revision());
        for (String name : new String[] {"A", "B", "C", "D", "E"}) {
            small.perform(addCode(name));
        }

        assertThat(small.undoSize()).isEqualTo(3);
        small.undo();
        small.undo();
        small.undo();
        small.undo();
        assertThat(project.codeNamed("C")).isEmpty();
        assertThat(project.codeNamed("B")).as("beyond the limit, so it stays").isPresent();
        assertThat(small.canUndoProperty().get()).isFalse();
    }

    @Test
    void anEditTheProjectRefusesLeavesTheStacksAlone() {
        Code parent = Code.of("Parent", "#111111");
        undo.perform(EntityEdit.add("Add parent", parent));
        Code orphan = Code.of("Orphan", "#222222").withParent(java.util.UUID.randomUUID());

        assertThatThrownBy(() -> undo.perform(EntityEdit.add("Add orphan", orphan)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(undo.undoSize()).isEqualTo(1);
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo("Undo Add parent");
    }

    @Test
    void aProjectJustOpenedIsCleanAndAnEditMakesItDirty() {
        assertThat(undo.isDirty()).isFalse();

        undo.perform(addCode("Fears"));

        assertThat(undo.isDirty()).isTrue();
    }

    @Test
    void savingMarksTheProjectCleanUntilTheNextEdit() {
        undo.perform(addCode("Fears"));
        undo.markSaved(project.revision());
        assertThat(undo.isDirty()).isFalse();

        undo.undo();

        assertThat(undo.isDirty()).as("undoing after a save changes the project on disk too").isTrue();
    }

    @Test
    void aSaveOfAnOlderCopyLeavesLaterEditsUnsaved() {
        undo.perform(addCode("Fears"));
        long copiedAt = project.copy().revision();
        undo.perform(addCode("Hope"));

        undo.markSaved(copiedAt);

        assertThat(undo.isDirty()).isTrue();
    }

    @Test
    void editsMadeAroundTheUndoManagerStillCountAsUnsaved() {
        project.apply(addCode("Direct"));

        assertThat(undo.isDirty()).isTrue();
        assertThat(undo.revisionProperty().get()).isEqualTo(project.revision());
    }

    @Test
    void aDisposedManagerNoLongerFollowsTheProject() {
        undo.dispose();
        project.apply(addCode("Later"));

        assertThat(undo.revisionProperty().get()).isNotEqualTo(project.revision());
    }

    @Test
    void aListenerCannotPushAnEditWhileAnUndoReplays() {
        undo.perform(addCode("Fears"));
        project.addListener((edit, direction) -> undo.perform(addCode("Sneaky")));

        assertThatThrownBy(undo::undo).isInstanceOf(IllegalStateException.class);
    }
}
