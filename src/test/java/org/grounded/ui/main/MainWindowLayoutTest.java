package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.prefs.SettingsFile;
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
 * The main window on a 1280 × 800 screen (Monocle's headless screen): its panes keep their shape
 * when the window is narrowed and widened, it opens where it was left, and Ctrl+W closes the
 * window it is pressed in.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowLayoutTest {

    @TempDir
    Path folder;

    private Path projectFile;
    private Path config;
    private final List<String> problems = new ArrayList<>();
    private final AtomicInteger exits = new AtomicInteger();
    private final StubDialogService dialogs = new StubDialogService();
    private MainWindowViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        projectFile = folder.resolve("milk-donation.grounded");
        Files.copy(AnalysisFixture.SAMPLE, projectFile);
        config = folder.resolve("config");
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
        GroundedApp.showMainWindow(stage, viewModel, SettingsFile.in(config, problems::add), exits::incrementAndGet);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window != stage).forEach(Window::hide));
    }

    private void openSample(FxRobot robot) {
        dialogs.openFiles.push(Optional.of(projectFile));
        robot.interact(viewModel::openProject);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SplitPane workspace(FxRobot robot) {
        return robot.lookup("#workspace").queryAs(SplitPane.class);
    }

    private void assertEveryPaneShowsAtItsMinimumOrWider(FxRobot robot) {
        SplitPane workspace = workspace(robot);
        assertThat(workspace.getItems()).hasSize(3);
        for (Node pane : workspace.getItems()) {
            assertThat(pane.isVisible()).isTrue();
            assertThat(pane.getLayoutBounds().getWidth()).as(pane.getId() + " " + pane.getClass().getSimpleName())
                    .isGreaterThanOrEqualTo(pane.minWidth(-1) - 0.5)
                    .isGreaterThanOrEqualTo(WorkspaceView.MIN_SIDE_WIDTH - 0.5);
        }
        SplitPane right = robot.lookup("#right-pane").queryAs(SplitPane.class);
        for (Node pane : right.getItems()) {
            assertThat(pane.getLayoutBounds().getHeight()).isGreaterThanOrEqualTo(WorkspaceView.MIN_PANE_HEIGHT - 0.5);
        }
    }

    private static Node divider(SplitPane pane, int index) {
        return pane.lookupAll(".split-pane-divider").stream().filter(node -> node.getParent() == pane)
                .sorted(java.util.Comparator.comparingDouble(node -> pane.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                        ? node.getLayoutX() : node.getLayoutY()))
                .toList().get(index);
    }

    private double[] widths(FxRobot robot) {
        return workspace(robot).getItems().stream().mapToDouble(pane -> pane.getLayoutBounds().getWidth()).toArray();
    }

    @Test
    void aFirstStartFitsTheLaptopScreen() {
        assertThat(javafx.stage.Screen.getPrimary().getBounds().getWidth()).isEqualTo(1280);
        assertThat(stage.getWidth()).isEqualTo(1203);
        assertThat(stage.getHeight()).isEqualTo(760);
        assertThat(stage.getX()).isGreaterThanOrEqualTo(0);
        assertThat(stage.getY()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void narrowingTheWindowToItsMinimumAndWideningItAgainKeepsEveryPane(FxRobot robot) {
        openSample(robot);
        robot.interact(() -> {
            stage.setX(0);
            stage.setWidth(1280);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] before = widths(robot);
        assertEveryPaneShowsAtItsMinimumOrWider(robot);

        for (double width = 1280; width >= GroundedApp.MIN_WIDTH; width -= 95) {
            double next = width;
            robot.interact(() -> stage.setWidth(next));
        }
        robot.interact(() -> stage.setWidth(stage.getMinWidth()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getWidth()).isEqualTo(GroundedApp.MIN_WIDTH);
        assertEveryPaneShowsAtItsMinimumOrWider(robot);

        robot.interact(() -> stage.setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        assertEveryPaneShowsAtItsMinimumOrWider(robot);
        // The side panes come back to their width: they shrank in proportion and grow back so.
        double[] after = widths(robot);
        for (int pane = 0; pane < before.length; pane++) {
            assertThat(after[pane]).isCloseTo(before[pane], within(12.0));
        }
    }

    @Test
    void resetPanesInTheViewMenuPutsTheDividersBack(FxRobot robot) {
        openSample(robot);
        robot.interact(() -> workspace(robot).setDividerPositions(0.02, 0.98));
        WaitForAsyncUtils.waitForFxEvents();
        assertEveryPaneShowsAtItsMinimumOrWider(robot);

        robot.clickOn("View").clickOn("Reset panes");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace(robot).getDividerPositions()[0]).isCloseTo(0.22, within(0.01));
        assertThat(workspace(robot).getDividerPositions()[1]).isCloseTo(0.71, within(0.01));
    }

    @Test
    void boundsAndDividersSurviveARestart(FxRobot robot) {
        openSample(robot);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The user drags the first divider 60 pixels right and the code tree's divider 50 up.
        robot.drag(divider(workspace(robot), 0)).moveBy(60, 0).release(MouseButton.PRIMARY);
        robot.drag(divider(robot.lookup("#right-pane").queryAs(SplitPane.class), 0)).moveBy(0, -50)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace(robot).getDividerPositions()[0]).isCloseTo(0.22 + 60 / 1100.0, within(0.01));
        double[] dividers = workspace(robot).getDividerPositions();
        double rightDivider = robot.lookup("#right-pane").queryAs(SplitPane.class).getDividerPositions()[0];

        // The window's close button: the project is closed and saved, then the window keeps its place.
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exits).hasValue(1);
        assertThat(stage.isShowing()).isFalse();
        assertThat(config.resolve(SettingsFile.FILE_NAME)).exists();

        // The next run, against the same settings folder.
        MainWindowViewModel again = new MainWindowViewModel(TestServices.with(new StubDialogService(),
                new CurrentThreadTaskExecutor(), folder));
        Stage[] restarted = new Stage[1];
        robot.interact(() -> {
            restarted[0] = new Stage();
            GroundedApp.showMainWindow(restarted[0], again, SettingsFile.in(config, problems::add), () -> { });
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Stage next = restarted[0];
            assertThat(new double[] {next.getX(), next.getY(), next.getWidth(), next.getHeight()})
                    .containsExactly(40, 30, 1100, 700);
            SplitPane workspace = (SplitPane) next.getScene().lookup("#workspace");
            SplitPane right = (SplitPane) next.getScene().lookup("#right-pane");
            assertThat(workspace.getDividerPositions()[0]).isCloseTo(dividers[0], within(0.005));
            assertThat(workspace.getDividerPositions()[1]).isCloseTo(dividers[1], within(0.005));
            assertThat(right.getDividerPositions()[0]).isCloseTo(rightDivider, within(0.005));
            assertThat(problems).isEmpty();
        } finally {
            robot.interact(() -> restarted[0].hide());
            robot.interact(stage::show);
        }
    }

    @Test
    void ctrlWClosesTheWindowItIsPressedInAndCtrlShiftWTheProject(FxRobot robot) {
        openSample(robot);

        robot.interact(() -> ((MainWindowView) stage.getScene().getRoot()).analysisWindows().show(AnalysisWindows.Kind.CITATIONS));
        WaitForAsyncUtils.waitForFxEvents();
        Stage citations = ((MainWindowView) stage.getScene().getRoot()).analysisWindows()
                .stage(AnalysisWindows.Kind.CITATIONS).orElseThrow();
        assertThat(citations.isShowing()).isTrue();
        robot.targetWindow(citations).push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(citations.isShowing()).isFalse();
        assertThat(viewModel.workspace().session()).isPresent();

        robot.targetWindow(stage).push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.workspace().session()).isEmpty();
        assertThat(stage.isShowing()).isTrue();
        assertThat(exits).hasValue(0);

        openSample(robot);
        robot.targetWindow(stage).push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.workspace().session()).isEmpty();
        assertThat(exits).hasValue(1);
        assertThat(stage.isShowing()).isFalse();
        robot.interact(stage::show);
    }
}
