package org.grounded.ui.analysis.cooccurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.analysis.PassageCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The co-occurrence window over the shipped sample study. */
@ExtendWith(ApplicationExtension.class)
class CooccurrenceViewTest {

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

    private void openMatrix(FxRobot robot) {
        driver.openSample(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The value cell in the row of {@code rowCode} under the column of {@code columnCode}. */
    private TableCell<?, ?> cell(FxRobot robot, String rowCode, String columnCode) {
        @SuppressWarnings("unchecked")
        TableView<Integer> matrix = robot.lookup("#cooccurrence-matrix").queryAs(TableView.class);
        var codes = driver.viewModel.analysis().cooccurrence().matrixProperty().get().codes();
        int row = codes.indexOf(codes.stream().filter(code -> code.name().equals(rowCode)).findFirst().orElseThrow());
        int column = codes.indexOf(codes.stream().filter(code -> code.name().equals(columnCode)).findFirst()
                .orElseThrow());
        var tableColumn = matrix.getColumns().get(column + 1);
        return AnalysisWindowDriver.cell(robot, "matrix-cell", row, cell -> cell.getTableColumn() == tableColumn);
    }

    @Test
    void clickingACellListsThePassagesWhereTheTwoCodesOverlap(FxRobot robot) {
        openMatrix(robot);
        TableCell<?, ?> cell = cell(robot, "Motivation", "Social responsibility");
        assertThat(cell.getText()).isEqualTo("11");

        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#cooccurrence-pair-title").queryAs(Label.class).getText())
                .isEqualTo("Motivation × Social responsibility: 11 overlapping pairs");
        @SuppressWarnings("unchecked")
        ListView<PassageCard> pairs = robot.lookup("#cooccurrence-pairs").queryAs(ListView.class);
        assertThat(pairs.getItems()).hasSize(11);
        assertThat(pairs.getItems()).allSatisfy(card -> assertThat(card.codes()).extracting(PassageCard.CodeTag::name)
                .containsExactly("Motivation", "Social responsibility"));
        assertThat(robot.lookup(".passage-source").queryAllAs(Label.class)).isNotEmpty();
    }

    @Test
    void theThresholdGreysTheWeakerCellsAndKeepsTheStrongerOnes(FxRobot robot) {
        openMatrix(robot);
        TableCell<?, ?> weak = cell(robot, "Motivation", "Empowerment");
        assertThat(weak.getText()).isEqualTo("1");
        assertThat(weak.getStyle()).contains("-fx-background-color");

        robot.interact(() -> robot.lookup("#cooccurrence-threshold").queryAs(Slider.class).setValue(5));
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> weakAfter = cell(robot, "Motivation", "Empowerment");
        assertThat(weakAfter.getStyleClass()).contains("below-threshold");
        assertThat(weakAfter.getText()).isEqualTo("1");
        TableCell<?, ?> strong = cell(robot, "Motivation", "Social responsibility");
        assertThat(strong.getStyleClass()).doesNotContain("below-threshold");
        assertThat(strong.getText()).isEqualTo("11");
    }

    @Test
    void switchingToCCoefficientsShowsTwoDecimals(FxRobot robot) {
        openMatrix(robot);

        robot.clickOn("#cooccurrence-coefficients");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cell(robot, "Motivation", "Social responsibility").getText()).matches("0\\.\\d{1,2}");
    }
}
