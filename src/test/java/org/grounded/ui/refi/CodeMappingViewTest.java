package org.grounded.ui.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.grounded.analysis.SmallStudy;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Code;
import org.grounded.model.Coding;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.main.GroundedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The merge's question about codes that match none of ours: on its own, and during File → Merge project…. */
@ExtendWith(ApplicationExtension.class)
class CodeMappingViewTest {

    @TempDir
    Path folder;

    private AnalysisWindowDriver driver;
    private CodeMappingView dialog;

    @Start
    void start(Stage stage) throws IOException {
        driver = new AnalysisWindowDriver(folder);
        driver.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.close();
            }
        });
        driver.close(robot);
    }

    @Test
    void eachUnmatchedCodeIsAddedAsNewUnlessTheUserPicksOneOfOurs(FxRobot robot) {
        SmallStudy ours = new SmallStudy();
        SmallStudy theirs = new SmallStudy();
        Code worry = Code.of("Worry", "#BE0032");
        Code hope = Code.of("Hope", "#17BECF").withParent(theirs.motivation.id());
        theirs.project.apply(EntityEdit.builder("Codes").add(worry).add(hope).build());
        CodeMappingViewModel viewModel = new CodeMappingViewModel("ben.grounded", theirs.project,
                org.grounded.model.edits.ProjectMerge.unmatchedCodes(ours.project, theirs.project), ours.project);
        robot.interact(() -> {
            dialog = new CodeMappingView(viewModel);
            dialog.initOwner(driver.mainStage());
            dialog.getDialogPane().getStylesheets().add(GroundedApp.stylesheet());
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#code-mapping-message").queryAs(Label.class).getText())
                .startsWith("ben.grounded has 2 codes that match none of this project's");
        assertThat(viewModel.rows()).extracting(CodeMappingViewModel.Row::label)
                .containsExactly("Motivation › Hope", "Worry");
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Code>> second = robot.lookup("#code-mapping-1").queryAs(ComboBox.class);
        assertThat(second.getValue()).isEmpty();
        assertThat(robot.lookup(CodeMappingView.ADD_AS_NEW).tryQuery()).isPresent();

        robot.clickOn(second);
        robot.clickOn("Map to Fears");
        robot.clickOn("Merge");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.getResult()).isTrue();
        assertThat(viewModel.mapping()).containsExactly(java.util.Map.entry(worry.id(), ours.fears.id()));
    }

    @Test
    void aCodeMappedDuringFileMergeTakesItsCodingsOntoOurs(FxRobot robot) throws Exception {
        driver.openSample(robot);
        Project cy = new ProjectFileStore().load(AnalysisFixture.SAMPLE);
        Code target = cy.codeTree().roots().get(0);
        Code worry = Code.of("Worry", "#BE0032");
        Quotation somewhere = cy.quotations().iterator().next();
        cy.apply(EntityEdit.builder("Cy codes").add(worry).add(Quotation.of(somewhere.documentId(), 0, 5,
                List.of(worry.id()), "cy")).build());
        Path file = folder.resolve("cy.grounded");
        new ProjectFileStore().save(cy, file);
        // The real dialog's controls, answered as a user would: Worry's choice set to our code.
        driver.dialogs.codeMapping = viewModel -> {
            CodeMappingView view = new CodeMappingView(viewModel);
            @SuppressWarnings("unchecked")
            javafx.scene.Node rows = ((javafx.scene.control.ScrollPane) ((javafx.scene.layout.VBox) view.getDialogPane()
                    .getContent()).getChildren().get(1)).getContent();
            ComboBox<Optional<Code>> choice = (ComboBox<Optional<Code>>) rows.lookup("#code-mapping-0");
            choice.getItems().stream().filter(item -> item.filter(code -> code.id().equals(target.id())).isPresent())
                    .findFirst().ifPresent(choice::setValue);
            return true;
        };

        driver.dialogs.openFiles.push(Optional.of(file));
        robot.interact(() -> driver.viewModel.merge().mergeProject());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(driver.dialogs.errors()).isEmpty();
        assertThat(driver.dialogs.lastCodeMapping.rows()).extracting(row -> row.theirs().name()).containsExactly("Worry");
        Project merged = driver.viewModel.workspace().project().orElseThrow();
        assertThat(merged.codeNamed("Worry")).isEmpty();
        Quotation landed = merged.quotationsIn(somewhere.documentId()).stream()
                .filter(q -> q.start() == 0 && q.end() == 5).findFirst().orElseThrow();
        assertThat(landed.codings()).extracting(Coding::codeId, Coding::coder)
                .contains(org.assertj.core.groups.Tuple.tuple(target.id(), "cy"));
    }
}
