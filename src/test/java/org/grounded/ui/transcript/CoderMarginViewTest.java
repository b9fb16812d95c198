package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.grounded.analysis.CoderFilter;
import org.grounded.analysis.TwoCoderStudy;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.main.MainWindowViewModel;
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
 * The margin of a document two coders coded ({@link TwoCoderStudy}'s focus group: Ann coded Ana's
 * and Lim's turns, Ben coded Ana's turn too): a column per coder, Ana's turn bracketed in both.
 */
@ExtendWith(ApplicationExtension.class)
class CoderMarginViewTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private final TwoCoderStudy team = new TwoCoderStudy();
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) throws IOException {
        Path file = folder.resolve("team.grounded");
        new ProjectFileStore().save(team.study.project, file);
        dialogs.openFiles.push(Optional.of(file));
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
    }

    private void openFocusGroup(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewModel.workspace().selectedDocumentProperty().set(team.study.focusGroup.id()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Node> brackets(FxRobot robot, java.util.UUID quotationId) {
        return robot.lookup(".margin-bracket").queryAll().stream()
                .filter(node -> quotationId.equals(node.getUserData()))
                .sorted(Comparator.comparingDouble(node -> node.getBoundsInParent().getMaxX())).toList();
    }

    @Test
    void eachCoderHasAColumnAndASharedPassageIsBracketedInBoth(FxRobot robot) {
        openFocusGroup(robot);

        List<Label> headers = robot.lookup(".margin-coder").queryAllAs(Label.class).stream()
                .sorted(Comparator.comparingDouble(label -> label.getBoundsInParent().getMinX())).toList();
        assertThat(headers).extracting(Label::getText).containsExactly("An", "Be");
        List<Node> shared = brackets(robot, team.anasTurn.id());
        assertThat(shared).hasSize(2);
        double annX = shared.get(0).getBoundsInParent().getMaxX();
        double benX = shared.get(1).getBoundsInParent().getMaxX();
        assertThat(benX - annX).as("Ben's bracket stands a column to the right of Ann's")
                .isGreaterThanOrEqualTo(MarginView.COLUMN_MIN_WIDTH);
        assertThat(annX).isLessThan(headers.get(1).getBoundsInParent().getMinX());
        assertThat(benX).isGreaterThan(headers.get(1).getBoundsInParent().getMinX());
        assertThat(robot.lookup(".margin-bracket").queryAll()).hasSize(3);
        assertThat(robot.lookup(".margin-label-coder").queryAllAs(Label.class)).extracting(Label::getText)
                .containsOnly("Ann", "Ben").contains("Ann", "Ben");
    }

    @Test
    void filteringToOneCoderLeavesOneColumnWithThatCodersBrackets(FxRobot robot) {
        openFocusGroup(robot);

        robot.interact(() -> viewModel.transcript().coderFilterProperty().set(CoderFilter.of(List.of("Ben"))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".margin-coder").queryAll()).isEmpty();
        assertThat(robot.lookup(".margin-bracket").queryAll()).hasSize(1);
        assertThat(brackets(robot, team.anasTurn.id())).hasSize(1);
        assertThat(robot.lookup("#transcript-coders").queryAs(org.controlsfx.control.CheckComboBox.class).getTitle())
                .isEqualTo("Coders: Ben");
    }
}
