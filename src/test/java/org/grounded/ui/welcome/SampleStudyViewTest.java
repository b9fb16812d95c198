package org.grounded.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.ui.main.AppServices;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.InMemoryPreferences;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.main.MainWindowViewModel;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shipped sample study, opened from the welcome screen as a new user would. */
@ExtendWith(ApplicationExtension.class)
class SampleStudyViewTest {

    @TempDir
    Path folder;

    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        SampleStudy bundled = new SampleStudy(SampleStudy.class::getResourceAsStream, SampleStudy.RESOURCE,
                folder.resolve("Samples"));
        AppServices services = new AppServices(new StubDialogService(), new CurrentThreadTaskExecutor(),
                ProjectStorage.of(new ProjectFileStore()), ProjectLocker.fileLocks(),
                TranscriptImports.of(new TranscriptImporter()), new RecentProjects(new InMemoryPreferences()),
                bundled, TestServices.CLOCK);
        viewModel = new MainWindowViewModel(services);
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
    }

    @Test
    void theSampleStudyOpensAndShowsTheSocialMediaPostsWithTheirEmoji(FxRobot robot) {
        robot.clickOn("#welcome-sample");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.workspace().session().orElseThrow().file())
                .contains(folder.resolve("Samples").resolve("milk-donation.grounded"));
        assertThat(robot.lookup("#document-list").queryAs(ListView.class).getItems()).hasSize(6);

        robot.clickOn("05-facebook-posts");
        WaitForAsyncUtils.waitForFxEvents();

        String text = robot.lookup("#transcript-text").queryAs(InlineCssTextArea.class).getText();
        assertThat(text).contains("Milk Sisters", "🍼", "Siti: ");
        assertThat(viewModel.state().titleProperty().get()).isEqualTo("Milk donation and sharing — Grounded");
    }
}
