package org.grounded.ui.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.grounded.io.refi.QdpxExporter;
import org.grounded.model.Progress;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
import org.grounded.ui.main.MainWindowViewModel;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Import project (REFI-QDA)… through the real window, on an archive exported from the fixture study. */
@ExtendWith(ApplicationExtension.class)
class RefiImportViewTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private MainWindowViewModel viewModel;
    private Path archive;

    @Start
    void start(Stage stage) throws IOException {
        archive = folder.resolve("milk.qdpx");
        new QdpxExporter().export(StudyFixture.milkDonation(4), archive, Progress.NONE);
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> viewModel.workspace().session().ifPresent(ProjectSession::close));
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void withoutAProjectOnlyTheProjectImportIsOffered(FxRobot robot) {
        assertThat(menuItem(robot, "menu-import-refi-project").isDisable()).isFalse();
        assertThat(menuItem(robot, "menu-export-refi-project").isDisable()).isTrue();
        assertThat(menuItem(robot, "menu-import-codebook").isDisable()).isTrue();
        assertThat(menuItem(robot, "menu-export-codebook").isDisable()).isTrue();
    }

    @Test
    void importingAnArchiveFromTheFileMenuShowsTheProjectAndTheReport(FxRobot robot) {
        dialogs.openFiles.push(Optional.of(archive));

        robot.clickOn("File");
        robot.clickOn("Import project (REFI-QDA)…");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#workspace").query().isVisible()).isTrue();
        assertThat(robot.lookup("#document-list").queryAs(ListView.class).getItems()).hasSize(5);
        assertThat(robot.lookup("#status-location").queryAs(Label.class).getText()).isEqualTo("Not saved yet");
        assertThat(robot.lookup("#status-save-state").queryAs(Label.class).getText()).isEqualTo("Unsaved changes");
        assertThat(viewModel.state().titleProperty().get()).isEqualTo("Donación de leche materna • — Grounded");
        assertThat(dialogs.shown).singleElement().satisfies(report -> {
            assertThat(report.title()).isEqualTo("Project imported");
            assertThat(report.message()).contains("5 documents", "milk.qdpx");
        });
        assertThat(menuItem(robot, "menu-export-refi-project").isDisable()).isFalse();
        assertThat(menuItem(robot, "menu-import-codebook").isDisable()).isFalse();
    }
}
