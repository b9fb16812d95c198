package org.grounded.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.grounded.model.Memo;
import org.grounded.model.MemoKind;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The memo editor: the user makes a memo a field note with the mouse, and undo makes it a memo again. */
@ExtendWith(ApplicationExtension.class)
class MemosViewTest {

    private final Workspace workspace = new Workspace();
    private Project project;
    private MemosViewModel viewModel;

    @Start
    void start(Stage stage) {
        project = Project.create("Study");
        workspace.setSession(ProjectSession.untitled(project));
        Editor editor = new Editor(workspace, new StubDialogService());
        viewModel = new MemosViewModel(editor, CoderName.of("Rosa"), TestServices.CLOCK);
        Scene scene = new Scene(new MemosView(viewModel, editor), 320, 640);
        scene.getStylesheets().add(GroundedApp.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theKindIsChosenInTheEditorAsOneUndoableStep(FxRobot robot) {
        robot.interact(() -> viewModel.create(MemoKind.MEMO, Set.of()));
        WaitForAsyncUtils.waitForFxEvents();
        Memo memo = project.memos().iterator().next();
        @SuppressWarnings("unchecked")
        ChoiceBox<MemoKind> kind = robot.lookup("#memo-kind").queryAs(ChoiceBox.class);
        assertThat(kind.getValue()).isEqualTo(MemoKind.MEMO);

        robot.clickOn("#memo-kind");
        robot.clickOn("Field note");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(project.find(Memo.class, memo.id()).orElseThrow().kind()).isEqualTo(MemoKind.FIELD_NOTE);
        assertThat(project.memos()).hasSize(1);
        robot.interact(() -> workspace.session().orElseThrow().undoManager().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(project.find(Memo.class, memo.id()).orElseThrow().kind()).isEqualTo(MemoKind.MEMO);
        assertThat(kind.getValue()).isEqualTo(MemoKind.MEMO);
    }
}
