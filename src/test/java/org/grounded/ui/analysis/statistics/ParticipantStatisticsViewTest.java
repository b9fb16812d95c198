package org.grounded.ui.analysis.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.grounded.export.table.StatisticsLine;
import org.grounded.analysis.descriptive.SplitKind;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The participant statistics window, opened from the Analysis menu over the sample study. */
@ExtendWith(ApplicationExtension.class)
class ParticipantStatisticsViewTest {

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

    @Test
    void theAnalysisMenuOpensTheDescriptionOfTheParticipants(FxRobot robot) {
        driver.openSample(robot);

        robot.clickOn("Analysis");
        robot.clickOn("Participant statistics");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<StatisticsLine> table = robot.lookup("#statistics-table").queryAs(TableView.class);
        assertThat(table.getItems()).contains(new StatisticsLine(StatisticsLine.Kind.ENTRY, "exclusive",
                java.util.List.of("6 (66.67 %)")));

        @SuppressWarnings("unchecked")
        ComboBox<SplitKind> split = robot.lookup("#statistics-split").queryAs(ComboBox.class);
        robot.interact(() -> split.setValue(SplitKind.PARTICIPANT_GROUP));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getColumns()).extracting(column -> column.getText())
                .containsExactly("", "All participants", "donor only", "recipient only", "both");
    }

    @Test
    void typedRangesAndThePaperLayoutShowInTheTable(FxRobot robot) {
        driver.openSample(robot);
        robot.clickOn("Analysis");
        robot.clickOn("Participant statistics");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#statistics-ranges").write("age=20,30,40").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#statistics-paper-layout");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<StatisticsLine> table = robot.lookup("#statistics-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(StatisticsLine::label).contains("20–30", "30–40");
        assertThat(table.getItems()).contains(new StatisticsLine(StatisticsLine.Kind.ENTRY, "exclusive",
                java.util.List.of("66.67 % (6)")));
    }
}
