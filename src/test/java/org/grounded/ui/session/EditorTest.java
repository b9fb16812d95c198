package org.grounded.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.edits.CodebookEdits;
import org.grounded.ui.StubDialogService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditorTest {

    private final Workspace workspace = new Workspace();
    private final StubDialogService dialogs = new StubDialogService();
    private final Editor editor = new Editor(workspace, dialogs);
    private Project project;

    @BeforeEach
    void open() {
        project = Project.create("Study");
        workspace.setSession(ProjectSession.untitled(project));
    }

    @Test
    void anEditIsMadeThroughTheUndoStack() {
        boolean made = editor.performAlways("Cannot", p -> CodebookEdits.createCode(p, "Hope", "#7A9E3B"));

        assertThat(made).isTrue();
        assertThat(workspace.session().orElseThrow().undoManager().undoDescriptionProperty().get())
                .isEqualTo("Undo Add code 'Hope'");
    }

    @Test
    void anEditTheModelRefusesIsToldToTheUserAndChangesNothing() {
        editor.performAlways("Cannot make the code", p -> CodebookEdits.createCode(p, "Hope", ""));
        long revision = project.revision();

        boolean made = editor.performAlways("Cannot make the code", p -> CodebookEdits.createCode(p, " hope ", ""));

        assertThat(made).isFalse();
        assertThat(project.revision()).isEqualTo(revision);
        assertThat(dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Cannot make the code");
            assertThat(shown.message()).isEqualTo("There is already a code named 'Hope'");
        });
    }

    @Test
    void anEditThatFindsNothingToChangeLeavesTheUndoStackAlone() {
        editor.performAlways("Cannot", p -> CodebookEdits.createCode(p, "Hope", "#7A9E3B"));
        Code hope = project.codeNamed("Hope").orElseThrow();

        boolean made = editor.perform("Cannot", p -> CodebookEdits.rename(p, hope.id(), "Hope"));

        assertThat(made).isFalse();
        assertThat(workspace.session().orElseThrow().undoManager().undoSize()).isEqualTo(1);
    }

    @Test
    void severalEditsBuiltOneOnTheOtherAreUndoneAsOneStep() {
        List<Function<Project, Optional<EntityEdit>>> steps = List.of(
                p -> Optional.of(CodebookEdits.createCode(p, "Hope", "#7A9E3B")),
                p -> Optional.of(CodebookEdits.createSubCode(p, p.codeNamed("Hope").orElseThrow().id(), "Faith", "")));

        editor.performAll(org.grounded.model.EditName.plain("Add Hope and Faith"), "Cannot", steps);

        assertThat(project.codeNamed("Faith").orElseThrow().parentId())
                .isEqualTo(project.codeNamed("Hope").orElseThrow().id());
        var undo = workspace.session().orElseThrow().undoManager();
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo("Undo Add Hope and Faith");
        undo.undo();
        assertThat(project.codes()).isEmpty();
        undo.redo();
        assertThat(project.codes()).hasSize(2);
    }

    @Test
    void aLaterStepThatIsRefusedLeavesTheProjectAsItWas() {
        List<Function<Project, Optional<EntityEdit>>> steps = List.of(
                p -> Optional.of(CodebookEdits.createCode(p, "Hope", "#7A9E3B")),
                p -> Optional.of(CodebookEdits.createCode(p, "HOPE", "")));

        boolean made = editor.performAll(org.grounded.model.EditName.plain("Add"), "Cannot add", steps);

        assertThat(made).isFalse();
        assertThat(project.codes()).isEmpty();
        assertThat(dialogs.errors()).hasSize(1);
    }

    @Test
    void nothingIsEditedInAProjectOpenedReadOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path file = folder.resolve("study.grounded");
        new ProjectFileStore().save(Project.create("Study"), file);
        Project readOnly = new ProjectFileStore().load(file);
        workspace.setSession(ProjectSession.opened(readOnly, file, null, ProjectSession.OpenMode.READ_ONLY));

        boolean made = editor.performAlways("Cannot", p -> CodebookEdits.createCode(p, "Hope", ""));

        assertThat(made).isFalse();
        assertThat(readOnly.codes()).isEmpty();
    }

    @Test
    void textStillBeingTypedIsCommittedWhenAsked() {
        StringBuilder committed = new StringBuilder();
        editor.addPendingCommit(() -> committed.append("memo"));

        editor.commitPending();

        assertThat(committed).hasToString("memo");
    }
}
