package org.grounded.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.grounded.export.table.StatisticsLine;
import org.grounded.io.cases.SurveyA;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Project;
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
 * Study A's 80 survey answers imported through the real preview dialog from the File menu, then
 * the statistics window grouping ages into ranges shows the paper's Table 4.
 */
@ExtendWith(ApplicationExtension.class)
class CaseImportViewTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private MainWindowViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
    }

    @Test
    void theSurveyImportedThroughThePreviewGivesTableFour(FxRobot robot) throws Exception {
        Path project = folder.resolve("study-a.grounded");
        new ProjectFileStore().save(Project.create("Study A"), project);
        dialogs.openFiles.push(Optional.of(project));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();

        Path survey = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(';', true),
                StandardCharsets.UTF_8, new byte[0]);
        dialogs.openFiles.push(Optional.of(survey));
        dialogs.caseImport = preview -> {
            CaseImportView dialog = new CaseImportView(preview);
            dialog.initOwner(stage);
            dialog.getDialogPane().getStylesheets().add(GroundedApp.stylesheet());
            return dialog.showAndWait().orElse(false);
        };
        // The menu item's handler waits in the dialog's nested event loop while the robot answers it.
        Platform.runLater(() -> viewModel.importCases(org.grounded.model.AttributeScope.PARTICIPANT));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#cases-summary").queryAs(Label.class).getText())
                .isEqualTo("80 rows · 80 new participants, 0 updated, 0 unchanged, 0 skipped");
        assertThat(robot.lookup("#cases-preview").queryAs(TableView.class).getItems()).hasSize(50);
        robot.clickOn("#cases-missing-codes").write("99");
        robot.clickOn("#cases-skip-Comment");
        robot.clickOn("#cases-import");
        WaitForAsyncUtils.waitForFxEvents();

        Project imported = viewModel.workspace().project().orElseThrow();
        assertThat(imported.participants()).hasSize(80);
        assertThat(dialogs.shown).last().extracting(StubDialogService.Shown::message)
                .isEqualTo("survey.csv: 80 new participants, 0 updated, 0 unchanged, 0 skipped.");

        robot.clickOn("Analysis");
        robot.clickOn("Participant statistics");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#statistics-ranges").write("Age=20,30,40; Child age=4-6,7-9,10-12")
                .type(KeyCode.ENTER);
        robot.clickOn("#statistics-paper-layout");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<StatisticsLine> table = robot.lookup("#statistics-table").queryAs(TableView.class);
        assertThat(table.getItems()).containsSubsequence(
                entry("20–30", "57.50 % (46)"), entry("30–40", "41.25 % (33)"), entry("> 40", "1.25 % (1)"),
                entry("exclusive", "91.25 % (73)"), entry("mixed", "8.75 % (7)"),
                entry("4–6", "38.75 % (31)"), entry("7–9", "21.25 % (17)"), entry("10–12", "3.75 % (3)"),
                entry("(no value)", "36.25 % (29)"));
        assertThat(robot.lookup("#statistics-legend").queryAs(Label.class).getText())
                .contains("Age: Each range includes its lower edge and not its upper one: 30 falls in 30–40");
    }

    private static StatisticsLine entry(String label, String cell) {
        return new StatisticsLine(StatisticsLine.Kind.ENTRY, label, List.of(cell));
    }
}
