package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.grounded.analysis.citations.ColumnKind;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
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
 * The analysis windows open on a project when the application quits come back, with their main
 * option, when the next run (against the same settings folder) opens the same project; another
 * project opens without them.
 */
@ExtendWith(ApplicationExtension.class)
class OpenWindowsRestartTest {

    @TempDir
    Path folder;

    private Path projectFile;
    private Path otherFile;
    private Path config;
    private final List<String> problems = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        projectFile = folder.resolve("donacion.grounded");
        otherFile = folder.resolve("otro.grounded");
        new ProjectFileStore().save(StudyFixture.milkDonation(2), projectFile);
        new ProjectFileStore().save(StudyFixture.milkDonation(1), otherFile);
        config = folder.resolve("config");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    /** One run of the application: its main window over the settings folder. */
    private record Run(MainWindowViewModel viewModel, MainWindowView view, Stage stage, StubDialogService dialogs) {
    }

    private Run startRun(FxRobot robot) {
        StubDialogService dialogs = new StubDialogService();
        MainWindowViewModel viewModel = new MainWindowViewModel(TestServices.with(dialogs,
                new CurrentThreadTaskExecutor(), folder));
        Run[] run = new Run[1];
        robot.interact(() -> {
            Stage window = new Stage();
            MainWindowView view = GroundedApp.showMainWindow(window, viewModel, SettingsFile.in(config, problems::add),
                    () -> { });
            run[0] = new Run(viewModel, view, window, dialogs);
        });
        return run[0];
    }

    private static void open(FxRobot robot, Run run, Path file) {
        run.dialogs().openFiles.push(Optional.of(file));
        robot.interact(run.viewModel()::openProject);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(run.viewModel().workspace().session()).isPresent();
    }

    private static boolean showing(Optional<Stage> window) {
        return window.map(Stage::isShowing).orElse(false);
    }

    @Test
    void theOpenWindowsAndTheirOptionsComeBackWithTheProject(FxRobot robot) {
        Run first = startRun(robot);
        open(robot, first, projectFile);
        robot.interact(() -> {
            first.view().analysisWindows().show(AnalysisWindows.Kind.CITATIONS);
            first.viewModel().analysis().citations().options().columnsProperty().set(ColumnKind.DOCUMENT);
            first.view().searchWindow().show(false);
            first.viewModel().search().queryProperty().set("leche");
            first.view().analysisWindows().show(AnalysisWindows.Kind.COOCCURRENCE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The user closes the co-occurrence window, then quits with the window's close button.
        robot.interact(() -> first.view().analysisWindows().stage(AnalysisWindows.Kind.COOCCURRENCE).orElseThrow().hide());
        robot.interact(() -> first.stage().fireEvent(new WindowEvent(first.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.viewModel().workspace().session()).isEmpty();
        assertThat(showing(first.view().analysisWindows().stage(AnalysisWindows.Kind.CITATIONS))).isFalse();

        Run second = startRun(robot);
        open(robot, second, projectFile);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing(second.view().analysisWindows().stage(AnalysisWindows.Kind.CITATIONS))).isTrue();
        assertThat(second.viewModel().analysis().citations().options().columnsProperty().get())
                .isEqualTo(ColumnKind.DOCUMENT);
        assertThat(showing(second.view().searchWindow().stage())).isTrue();
        assertThat(second.viewModel().search().queryProperty().get()).isEqualTo("leche");
        assertThat(showing(second.view().analysisWindows().stage(AnalysisWindows.Kind.COOCCURRENCE))).isFalse();
        assertThat(showing(second.view().networkWindow().stage())).isFalse();
        assertThat(problems).isEmpty();

        // Another project: its own windows (none), not these.
        robot.interact(second.viewModel()::closeProject);
        Run third = startRun(robot);
        robot.interact(() -> second.stage().hide());
        open(robot, third, otherFile);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(third.view().analysisWindows().stage(AnalysisWindows.Kind.CITATIONS))).isFalse();
        assertThat(showing(third.view().searchWindow().stage())).isFalse();
    }
}
