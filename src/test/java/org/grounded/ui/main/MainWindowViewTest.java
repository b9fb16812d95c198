package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Project;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
import org.grounded.ui.quotations.QuotationsViewModel;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window over a project file saved in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class MainWindowViewTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private MainWindowViewModel viewModel;
    private Path projectFile;

    @Start
    void start(Stage stage) throws IOException {
        projectFile = folder.resolve("milk.grounded");
        Project study = StudyFixture.milkDonation(6);
        new ProjectFileStore().save(study, projectFile);
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
    }

    private void openWithTheKeyboard(FxRobot robot) {
        dialogs.openFiles.push(Optional.of(projectFile));
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private InlineCssTextArea transcript(FxRobot robot) {
        return robot.lookup("#transcript-text").queryAs(InlineCssTextArea.class);
    }

    @Test
    void openingAProjectAndChoosingADocumentShowsItsText(FxRobot robot) {
        openWithTheKeyboard(robot);
        assertThat(robot.lookup("#workspace").query().isVisible()).isTrue();
        assertThat(robot.lookup("#document-list").queryAs(ListView.class).getItems().size()).isEqualTo(5);

        robot.clickOn("Entrevista 3 – Carmen");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(transcript(robot).getText()).startsWith("Entrevista 3 — videollamada, marzo de 2021");
        assertThat(transcript(robot).getText()).contains("Carmen: ");
        assertThat(robot.lookup(".transcript-view .pane-title").queryAs(Label.class).getText())
                .isEqualTo("Entrevista 3 – Carmen");
        assertThat(robot.lookup("#status-save-state").queryAs(Label.class).getText()).isEqualTo("All changes saved");
    }

    @Test
    void choosingAQuotationSelectsItsPassageInTheViewer(FxRobot robot) {
        openWithTheKeyboard(robot);
        robot.clickOn("#quotations-tab");
        @SuppressWarnings("unchecked")
        TableView<QuotationsViewModel.QuotationRow> table = robot.lookup("#quotation-table").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        QuotationsViewModel.QuotationRow second = table.getItems().get(1);

        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        InlineCssTextArea area = transcript(robot);
        assertThat(area.getSelection().getStart()).isEqualTo(second.start());
        assertThat(area.getSelection().getEnd()).isEqualTo(second.end());
        assertThat(area.getSelectedText()).startsWith(second.excerpt().substring(0, 20));
    }

    @Test
    void theCodeTreeShowsCategoriesWithTheirSubCodes(FxRobot robot) {
        openWithTheKeyboard(robot);

        assertThat(robot.lookup(".code-name").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Significance of milk", "Liquid gold", "Gift of life");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<org.grounded.ui.codes.CodeNode> tree =
                robot.lookup("#code-tree").queryAs(javafx.scene.control.TreeView.class);
        List<String> rows = new java.util.ArrayList<>();
        for (int row = 0; row < tree.getExpandedItemCount(); row++) {
            rows.add(tree.getTreeItem(row).getValue().name());
        }
        assertThat(rows).containsSubsequence("Significance of milk", "Liquid gold", "Gift of life", "Social networks",
                "Facebook groups", "WhatsApp", "Motivation", "Fears", "Maternity", "Obstacles", "Covid");
    }

    @Test
    void theWindowTitleShowsTheProjectAndUnsavedWork(FxRobot robot) {
        openWithTheKeyboard(robot);
        assertThat(viewModel.state().titleProperty().get()).isEqualTo("Donación de leche materna — Grounded");

        robot.interact(() -> viewModel.workspace().session().orElseThrow().undoManager().perform(
                org.grounded.model.EntityEdit.add("Add code 'Hope'", org.grounded.model.Code.of("Hope", "#7A9E3B"))));

        assertThat(viewModel.state().titleProperty().get()).isEqualTo("Donación de leche materna • — Grounded");
        assertThat(robot.lookup("#tool-undo").queryButton().isDisabled()).isFalse();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.workspace().project().orElseThrow().codeNamed("Hope")).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.workspace().project().orElseThrow().codeNamed("Hope")).isPresent();
    }
}
