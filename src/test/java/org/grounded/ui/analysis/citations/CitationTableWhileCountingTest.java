package org.grounded.ui.analysis.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.model.CodingLevel;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the citations are being counted the window says so, and never "No table yet"; when an
 * option changes, the table already shown stays, marked as updating, until the new one arrives.
 * The background work is held by the test, so "while counting" lasts as long as the test needs.
 */
@ExtendWith(ApplicationExtension.class)
class CitationTableWhileCountingTest {

    private static final PseudoClass UPDATING = PseudoClass.getPseudoClass("updating");

    @TempDir
    Path folder;

    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private AnalysisWindowDriver driver;

    @Start
    void start(Stage stage) throws IOException {
        driver = new AnalysisWindowDriver(folder, executor);
        driver.start(stage);
    }

    @SuppressWarnings("unchecked")
    private static TableView<CitationRow> table(FxRobot robot) {
        return robot.lookup("#citations-table").queryAs(TableView.class);
    }

    @Test
    void theWindowSaysCountingAndKeepsTheOldTableUntilTheNewOneArrives(FxRobot robot) {
        driver.openSample(robot);
        robot.interact(executor::runAll); // reading the project
        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<CitationRow> table = table(robot);
        assertThat(executor.pendingCount()).as("the count is on its way").isPositive();
        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("Counting…");

        robot.interact(executor::runAll);
        List<CitationRow> counted = List.copyOf(table.getItems());
        assertThat(counted).isNotEmpty();
        assertThat(table.getPseudoClassStates()).doesNotContain(UPDATING);

        CitationTableViewModel citations = driver.viewModel.analysis().citations();
        robot.interact(() -> citations.options().levelProperty().set(new Choice<>(CodingLevel.AXIAL, "Axial")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(executor.pendingCount()).as("the recount is on its way").isPositive();
        assertThat(table.getItems()).as("the old table stays while the new one is counted").isEqualTo(counted);
        assertThat(table.getPseudoClassStates()).contains(UPDATING);

        robot.interact(executor::runAll);
        assertThat(table.getPseudoClassStates()).doesNotContain(UPDATING);
        assertThat(table.getItems()).isNotEqualTo(counted);

        robot.interact(driver.viewModel::closeProject);
        robot.interact(executor::runAll);
        assertThat(((Label) table.getPlaceholder()).getText())
                .isEqualTo("No table yet: open a project with coded quotations.");
    }
}
