package org.grounded.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.ui.main.AppServices;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
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

/** The welcome screen of a window with no project open. */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private MainWindowViewModel viewModel;
    private Path recentFile;

    @Start
    void start(Stage stage) throws IOException {
        recentFile = folder.resolve("recent study.grounded");
        new ProjectFileStore().save(StudyFixture.milkDonation(2), recentFile);
        AppServices services = TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder.resolve("samples"));
        services.recentProjects().add(recentFile);
        viewModel = new MainWindowViewModel(services);
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
    }

    @Test
    void theWelcomeScreenShowsWhileNoProjectIsOpen(FxRobot robot) {
        assertThat(robot.lookup("#welcome").query().isVisible()).isTrue();
        assertThat(robot.lookup("#workspace").query().isVisible()).isFalse();
        assertThat(robot.lookup("#tool-save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#welcome-recent").queryAs(ListView.class).getItems().size()).isEqualTo(1);
    }

    @Test
    void newProjectOpensAnEmptyWorkspace(FxRobot robot) {
        robot.clickOn("#welcome-new");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#workspace").query().isVisible()).isTrue();
        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
        assertThat(viewModel.state().titleProperty().get()).isEqualTo("Untitled study — Grounded");
        assertThat(robot.lookup("#status-save-state").queryLabeled().getText()).isEqualTo("Not saved yet");
        assertThat(robot.lookup("#tool-import-transcripts").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aRecentProjectOpensWithOneClick(FxRobot robot) {
        robot.clickOn("recent study");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.workspace().session().orElseThrow().file()).contains(recentFile);
        assertThat(robot.lookup("#workspace").query().isVisible()).isTrue();
    }

    @Test
    void theSampleStudyExplainsWhenItIsNotInTheBuild(FxRobot robot) {
        robot.clickOn("#welcome-sample");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors()).singleElement()
                .satisfies(error -> assertThat(error.title()).isEqualTo("Sample study missing"));
    }
}
