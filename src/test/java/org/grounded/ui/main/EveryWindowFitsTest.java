package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.AttributeScope;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
import org.grounded.ui.WindowChecks;
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
 * Every analysis window and every dialog, opened on a small hand-made study on Monocle's
 * 1280 × 800 screen: each lies inside the screen with room for its frame, has a minimum size,
 * shows every button whole and inside it, and cuts no column header without a tooltip. And Ctrl+W
 * in each window closes that window and leaves the project open.
 */
@ExtendWith(ApplicationExtension.class)
class EveryWindowFitsTest {

    @TempDir
    Path folder;

    private Path projectFile;
    private final StubDialogService dialogs = new StubDialogService();
    private MainWindowViewModel viewModel;
    private MainWindowView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        projectFile = folder.resolve("donacion.grounded");
        new ProjectFileStore().save(StudyFixture.milkDonation(2), projectFile);
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
        view = GroundedApp.showMainWindow(stage, viewModel, SettingsFile.in(folder.resolve("config"), problem -> { }),
                () -> { });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window != stage).forEach(Window::hide));
    }

    private void openStudy(FxRobot robot) {
        dialogs.openFiles.push(Optional.of(projectFile));
        robot.interact(viewModel::openProject);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.workspace().session()).isPresent();
    }

    /** The analysis windows, each opened as the menus open it. */
    private enum AnalysisWindow {
        CITATIONS(view -> view.analysisWindows().show(AnalysisWindows.Kind.CITATIONS)),
        COOCCURRENCE(view -> view.analysisWindows().show(AnalysisWindows.Kind.COOCCURRENCE)),
        STATISTICS(view -> view.analysisWindows().show(AnalysisWindows.Kind.STATISTICS)),
        AGREEMENT(view -> view.analysisWindows().show(AnalysisWindows.Kind.AGREEMENT)),
        WORDS(view -> view.analysisWindows().show(AnalysisWindows.Kind.WORDS)),
        QUOTATIONS(view -> view.analysisWindows().show(AnalysisWindows.Kind.QUOTATIONS)),
        SEARCH(view -> view.searchWindow().show(false)),
        NETWORK(view -> menuItem(view, "menu-new-network").fire()),
        GUIDE(view -> menuItem(view, "menu-user-guide").fire());

        private final Consumer<MainWindowView> open;

        AnalysisWindow(Consumer<MainWindowView> open) {
            this.open = open;
        }
    }

    private static MenuItem menuItem(MainWindowView view, String id) {
        MenuBar bar = (MenuBar) view.lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /** Runs what opens a window (it may block in a dialog's own loop) and returns the window that opened. */
    private Window opens(FxRobot robot, Runnable action) {
        Set<Window> before = Set.copyOf(Window.getWindows());
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents(4);
        List<Window> opened = new ArrayList<>(Window.getWindows().stream()
                .filter(window -> window.isShowing() && !before.contains(window)).toList());
        assertThat(opened).as("windows that opened").hasSize(1);
        return opened.get(0);
    }

    private static List<String> problemsOf(FxRobot robot, Window window) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> problems.addAll(WindowChecks.problems(window)));
        return problems;
    }

    @Test
    void theScreenIsALaptops() {
        assertThat(Screen.getPrimary().getVisualBounds().getWidth()).isEqualTo(1280);
        assertThat(Screen.getPrimary().getVisualBounds().getHeight()).isEqualTo(800);
    }

    @Test
    void everyAnalysisWindowFitsTheScreenWithItsButtonsAndHeadersWhole(FxRobot robot) {
        openStudy(robot);
        List<String> problems = new ArrayList<>();
        for (AnalysisWindow kind : AnalysisWindow.values()) {
            if (kind == AnalysisWindow.NETWORK) {
                dialogs.texts.push(Optional.of("Figure " + kind.ordinal()));
            }
            Window window = opens(robot, () -> kind.open.accept(view));
            problems.addAll(problemsOf(robot, window));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void ctrlWClosesEachWindowAndLeavesTheProjectOpen(FxRobot robot) {
        openStudy(robot);
        for (AnalysisWindow kind : AnalysisWindow.values()) {
            if (kind == AnalysisWindow.NETWORK) {
                dialogs.texts.push(Optional.of("Figure " + kind.ordinal()));
            }
            Window window = opens(robot, () -> kind.open.accept(view));
            robot.targetWindow(window).push(KeyCode.CONTROL, KeyCode.W);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.isShowing()).as(kind + " after Ctrl+W").isFalse();
            assertThat(viewModel.workspace().session()).as(kind + ": the project").isPresent();
            assertThat(stage.isShowing()).isTrue();
        }
    }

    @Test
    void theCitationsWindowGivesTheTableTheRoomUntilACountIsChosen(FxRobot robot) {
        openStudy(robot);
        Window window = opens(robot, () -> view.analysisWindows().show(AnalysisWindows.Kind.CITATIONS));
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) window.getScene()
                .lookup(".citations-view > .split-pane");
        javafx.scene.Node quotations = window.getScene().lookup("#citations-quotations");
        double height = split.getHeight();
        assertThat(split.getDividerPositions()[0]).isGreaterThan(0.8);
        assertThat(quotations.getParent().getLayoutBounds().getHeight()).isLessThan(height * 0.2);

        javafx.scene.control.TableCell<?, ?> count = robot.lookup(".count-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(cell -> !cell.isEmpty() && cell.getScene() == window.getScene()
                        && !cell.getStyleClass().contains("zero"))
                .findFirst().orElseThrow();
        robot.clickOn(count);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(split.getDividerPositions()[0]).isCloseTo(0.6, org.assertj.core.api.Assertions.within(0.02));
        assertThat(quotations.getParent().getLayoutBounds().getHeight()).isGreaterThan(height * 0.35);
    }
}
