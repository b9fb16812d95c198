package org.grounded.ui.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.grounded.io.refi.ExternalSources;
import org.grounded.io.refi.RefiImportReport;
import org.grounded.ui.main.GroundedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The question about files outside a .qdpx, shown over a window, answered with the mouse. */
@ExtendWith(ApplicationExtension.class)
class ExternalSourcesViewTest {

    private static final RefiImportReport.Counts NONE =
            new RefiImportReport.Counts(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);

    private Stage owner;
    private ExternalSourcesView dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.close();
            }
        });
    }

    private void show(FxRobot robot, ExternalSourcesViewModel viewModel) {
        robot.interact(() -> {
            dialog = new ExternalSourcesView(viewModel);
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().add(GroundedApp.stylesheet());
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDialogNamesTheFilesAndReadsThemOnlyWhenTheBoxIsTicked(FxRobot robot) {
        RefiImportReport report = new RefiImportReport(Path.of("/data/shared.qdpx"), "", "", NONE, List.of(), List.of(),
                List.of(new RefiImportReport.ExternalFile("text source 'Passwords'", Path.of("/etc/passwd")),
                        new RefiImportReport.ExternalFile("note 'Diary'", Path.of("/home/ana/diary.txt"))));
        ExternalSourcesViewModel viewModel = new ExternalSourcesViewModel(report);
        show(robot, viewModel);

        assertThat(robot.lookup("#external-message").queryAs(Label.class).getText())
                .startsWith("shared.qdpx points to 2 files on this computer, outside the archive. Grounded has not read them.");
        assertThat(robot.lookup("#external-files").queryAs(ListView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("text source 'Passwords' — /etc/passwd").tryQuery()).isPresent();
        CheckBox read = robot.lookup("#external-read").queryAs(CheckBox.class);
        assertThat(read.getText()).isEqualTo("Read these 2 files into the project");
        assertThat(read.isSelected()).isFalse();
        assertThat(viewModel.choice()).isEqualTo(ExternalSources.LEFT_OUT);

        robot.clickOn("#external-read");
        robot.clickOn("Continue import");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.getResult()).isTrue();
        assertThat(viewModel.choice()).isEqualTo(ExternalSources.READ);
    }
}
