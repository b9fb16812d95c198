package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Applying a code with a long name at 1280 × 800: the "Again: …" button ends the name in "…"
 * within its cap, and the panes beside the transcript stay where they were (issue 21 saw the
 * button widen and push the panes sideways, clipping the Memos tab).
 */
@ExtendWith(ApplicationExtension.class)
class LongCodeNameViewTest {

    private static final String LONG_NAME = "Nutritional status of the donor and of her milk over the months of sharing";
    private static final String PASSAGE = "donar tu leche a otras mamás";

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private MainWindowViewModel viewModel;
    private Path projectFile;

    @Start
    void start(Stage stage) throws IOException {
        projectFile = folder.resolve("milk.grounded");
        new ProjectFileStore().save(StudyFixture.milkDonation(6), projectFile);
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
    }

    /** Where a node sits in the window. */
    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void aLongCodeNameEndsInAnEllipsisAndMovesNoPane(FxRobot robot) {
        dialogs.openFiles.push(Optional.of(projectFile));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();

        InlineCssTextArea area = robot.lookup("#transcript-text").queryAs(InlineCssTextArea.class);
        SplitPane workspace = robot.lookup("#workspace").queryAs(SplitPane.class);
        Node codeTree = robot.lookup("#code-tree").query();
        Node documents = workspace.getItems().get(0);
        double[] dividers = workspace.getDividerPositions().clone();
        Bounds treeBefore = inScene(codeTree);
        Bounds documentsBefore = inScene(documents);
        Node transcriptPane = workspace.getItems().get(1);
        Bounds transcriptBefore = inScene(transcriptPane);

        int start = area.getText().indexOf(PASSAGE);
        assertThat(start).isNotNegative();
        robot.interact(() -> area.selectRange(start, start + PASSAGE.length()));
        robot.push(KeyCode.CONTROL, KeyCode.K).write(LONG_NAME).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.workspace().project().orElseThrow().codeNamed(LONG_NAME)).isPresent();
        Button again = robot.lookup("#apply-last-code").queryButton();
        assertThat(again.getText()).isEqualTo("Again: " + LONG_NAME);
        assertThat(again.getWidth()).as("the button's width is capped").isLessThanOrEqualTo(230);
        assertThat(again.getTooltip().getText()).contains(LONG_NAME);
        Node shown = again.lookup(".text");
        assertThat(shown).isInstanceOf(javafx.scene.text.Text.class);
        assertThat(((javafx.scene.text.Text) shown).getText()).as("the name is cut with an ellipsis").endsWith("…");

        assertThat(workspace.getDividerPositions()[0]).isCloseTo(dividers[0], within(0.001));
        assertThat(workspace.getDividerPositions()[1]).isCloseTo(dividers[1], within(0.001));
        assertThat(inScene(codeTree).getMinX()).as("the code tree did not move").isCloseTo(treeBefore.getMinX(),
                within(0.5));
        assertThat(inScene(documents).getWidth()).as("the documents pane kept its width")
                .isCloseTo(documentsBefore.getWidth(), within(0.5));
        // (The text area inside may narrow: the margin beside it gains a lane for the new quotation.)
        assertThat(inScene(transcriptPane).getWidth()).as("the transcript's pane kept its width")
                .isCloseTo(transcriptBefore.getWidth(), within(0.5));
    }
}
