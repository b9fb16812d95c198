package org.grounded.ui.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.grounded.analysis.agreement.Disagreement;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.main.AnalysisWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A second coder's file merged in through File → Merge project…, then compared in the agreement window. */
@ExtendWith(ApplicationExtension.class)
class AgreementViewTest {

    @TempDir
    Path folder;

    private AnalysisWindowDriver driver;

    @Start
    void start(Stage stage) throws IOException {
        driver = new AnalysisWindowDriver(folder);
        driver.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        driver.close(robot);
    }

    /**
     * Cy's copy of the sample: Cy coded the first three of Ana's quotations, the first exactly as Ana
     * did, the other two ending three characters earlier.
     */
    private Path cysCopy() throws Exception {
        Project cy = new ProjectFileStore().load(AnalysisFixture.SAMPLE);
        List<Quotation> anas = cy.quotations().stream().filter(q -> q.coder().equals("ana") && q.length() > 10)
                .sorted(Comparator.comparing((Quotation q) -> q.documentId().toString()).thenComparing(Quotation::start))
                .limit(3).toList();
        EntityEdit.Builder edit = EntityEdit.builder("Cy codes");
        Quotation first = anas.get(0);
        edit.update(first, first.withCoding(first.codeIds().get(0), "cy", first.createdAt()));
        for (Quotation quotation : anas.subList(1, 3)) {
            edit.add(Quotation.of(quotation.documentId(), quotation.start(), quotation.end() - 3,
                    List.of(quotation.codeIds().get(0)), "cy"));
        }
        cy.apply(edit.build());
        Path file = folder.resolve("cy.grounded");
        new ProjectFileStore().save(cy, file);
        return file;
    }

    @Test
    void mergingASecondCodersFileThenOpeningADisagreementShowsItsPassage(FxRobot robot) throws Exception {
        driver.openSample(robot);
        Path cy = cysCopy();
        driver.dialogs.openFiles.push(Optional.of(cy));
        robot.interact(() -> driver.viewModel.merge().mergeProject());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.dialogs.errors()).isEmpty();
        assertThat(driver.dialogs.shown).anySatisfy(shown -> assertThat(shown.title()).isEqualTo("Merged cy.grounded"));

        robot.interact(() -> driver.mainView().analysisWindows().show(AnalysisWindows.Kind.AGREEMENT));
        AgreementViewModel agreement = driver.viewModel.analysis().agreement();
        robot.interact(() -> {
            agreement.firstCoderProperty().set("ana");
            agreement.secondCoderProperty().set("cy");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(agreement.coders()).contains("ana", "ben", "cy");
        assertThat(agreement.rows()).isNotEmpty();
        @SuppressWarnings("unchecked")
        TableView<Disagreement> table = robot.lookup("#agreement-disagreements").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();

        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getTableView() == table && r.getIndex() == 0 && !r.isEmpty()).findFirst().orElseThrow();
        Disagreement first = table.getItems().get(0);
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(driver.viewModel.workspace().selectedDocumentProperty().get()).isEqualTo(first.documentId());
        var revealed = driver.viewModel.transcript().revealedProperty().get();
        assertThat(revealed.start()).isEqualTo(first.start());
        assertThat(revealed.end()).isEqualTo(first.end());
        assertThat(first.codesPerCoder().get(1)).as("cy had nothing there").isEmpty();
    }
}
