package org.grounded.ui.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.grounded.io.refi.QdcExporter;
import org.grounded.io.refi.QdcImporter;
import org.grounded.io.refi.RefiCodebookImport;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.StudyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The codebook preview dialog, shown over a window, answered with the mouse. */
@ExtendWith(ApplicationExtension.class)
class CodebookPreviewViewTest {

    @TempDir
    Path folder;

    private Stage owner;
    private CodebookPreviewView dialog;

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

    private CodebookPreviewViewModel preview() throws Exception {
        Project team = Project.create("Team");
        Code care = Code.of("Care work", "#3A7CA5");
        team.apply(EntityEdit.builder("Add codes").add(Code.of("Fears", "#C8553D")).add(care)
                .add(new Code(UUID.randomUUID(), "Night feeds", "#5AA9E6", "", care.id(), CodingLevel.OPEN, false))
                .build());
        Path file = folder.resolve("team.qdc");
        new QdcExporter().export(team, file);
        RefiCodebookImport codebook = new QdcImporter().read(file);
        Project study = StudyFixture.milkDonation(1);
        return new CodebookPreviewViewModel("team.qdc", study.info().name(), codebook, codebook.mergeInto(study));
    }

    @Test
    void theDialogListsTheCodesAndImportsOnConfirm(FxRobot robot) throws Exception {
        CodebookPreviewViewModel viewModel = preview();
        robot.interact(() -> {
            dialog = new CodebookPreviewView(viewModel);
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().add(GroundedApp.stylesheet());
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#codebook-summary").queryAs(Label.class).getText())
                .startsWith("3 codes in team.qdc: 2 are new, 1 is already in Donación de leche materna");
        assertThat(robot.lookup("#codebook-codes").queryAs(ListView.class).getItems()).hasSize(3);
        assertThat(robot.lookup(".code-existing").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("already in the project");
        assertThat(robot.lookup(".code-new").queryAllAs(Label.class)).hasSize(2);

        robot.clickOn("Import 2 codes");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isTrue();
    }
}
