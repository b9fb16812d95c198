package org.grounded.ui.analysis.cooccurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
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

    private MatrixCanvas.Position position(String rowCode, String columnCode) {
        var codes = driver.viewModel.analysis().cooccurrence().matrixProperty().get().codes();
        int row = codes.indexOf(codes.stream().filter(code -> code.name().equals(rowCode)).findFirst().orElseThrow());
        int column = codes.indexOf(codes.stream().filter(code -> code.name().equals(columnCode)).findFirst()
                .orElseThrow());
        return new MatrixCanvas.Position(row, column);
    }

    /** Puts the matrix's chosen cell on the cell of two codes (scrolled into view); returns the line that says it. */
    private String choose(FxRobot robot, String rowCode, String columnCode) {
        MatrixCanvas grid = robot.lookup("#cooccurrence-matrix").queryAs(MatrixCanvas.class);
        robot.interact(() -> grid.moveTo(position(rowCode, columnCode)));
        return robot.lookup("#cooccurrence-cell").queryAs(Label.class).getText();
    }

    private void click(FxRobot robot, String rowCode, String columnCode) {
        MatrixCanvas grid = robot.lookup("#cooccurrence-matrix").queryAs(MatrixCanvas.class);
        MatrixCanvas.Position position = position(rowCode, columnCode);
        robot.interact(() -> grid.moveTo(position));
        Bounds cell = grid.cellBounds(position);
        robot.clickOn(grid.localToScreen(cell.getCenterX(), cell.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingACellListsThePassagesWhereTheTwoCodesOverlap(FxRobot robot) {
        openMatrix(robot);
        assertThat(choose(robot, "Motivation", "Social responsibility"))
                .isEqualTo("Motivation × Social responsibility: 11 overlapping pairs");

        click(robot, "Motivation", "Social responsibility");

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
        assertThat(choose(robot, "Motivation", "Empowerment")).isEqualTo("Motivation × Empowerment: 1 overlapping pair");

        robot.interact(() -> robot.lookup("#cooccurrence-threshold").queryAs(Slider.class).setValue(5));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(choose(robot, "Motivation", "Empowerment"))
                .isEqualTo("Motivation × Empowerment: 1 overlapping pair, below the threshold");
        assertThat(choose(robot, "Motivation", "Social responsibility"))
                .isEqualTo("Motivation × Social responsibility: 11 overlapping pairs");
    }

    @Test
    void switchingToCCoefficientsShowsTwoDecimals(FxRobot robot) {
        openMatrix(robot);

        robot.clickOn("#cooccurrence-coefficients");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(choose(robot, "Motivation", "Social responsibility"))
                .matches("Motivation × Social responsibility: c = 0\\.\\d{1,2} \\(11 overlapping pairs\\)");
    }

    /** The tick boxes are made when the list opens (not with the window); ticking one chooses its code. */
    @Test
    void theCodePickerListsEveryCodeWhenOpenedAndTickingChoosesIt(FxRobot robot) {
        openMatrix(robot);
        CooccurrenceOptions options = driver.viewModel.analysis().cooccurrence().options();
        robot.interact(() -> options.scopeProperty().set(CodeScope.CHOSEN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".check-box").queryAllAs(CheckBox.class)).as("no boxes before the list opens")
                .noneMatch(box -> box.getText().equals("Motivation"));

        robot.clickOn("#cooccurrence-codes");
        WaitForAsyncUtils.waitForFxEvents();
        var boxes = robot.lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(box -> options.codes().stream().anyMatch(code -> code.name().equals(box.getText()))).toList();
        assertThat(boxes).hasSize(options.codes().size());
        CheckBox motivation = boxes.stream().filter(box -> box.getText().equals("Motivation")).findFirst().orElseThrow();
        var id = options.codes().stream().filter(code -> code.name().equals("Motivation")).findFirst().orElseThrow().id();
        boolean chosen = options.chosenCodes().contains(id);
        assertThat(motivation.isSelected()).isEqualTo(chosen);
        robot.interact(motivation::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(options.chosenCodes().contains(id)).as("ticking turns the choice over").isEqualTo(!chosen);
        robot.push(KeyCode.ESCAPE);
    }

    /**
     * Options that leave fewer than two codes say so where the matrix would be, not "open a
     * project with coded quotations" over a coded project; the matrix's own text comes back with codes.
     */
    @Test
    void anEmptyMatrixSaysWhatTheOptionsLackNotThatNoProjectIsOpen(FxRobot robot) {
        openMatrix(robot);
        CooccurrenceOptions options = driver.viewModel.analysis().cooccurrence().options();
        robot.interact(() -> {
            options.chosenCodes().clear();
            options.scopeProperty().set(CodeScope.CHOSEN);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(matrixPlaceholderTexts(robot)).contains("Tick at least two codes to compare under \"Codes\".")
                .doesNotContain("No matrix yet: open a project with coded quotations.");
    }

    private static java.util.List<String> matrixPlaceholderTexts(FxRobot robot) {
        return robot.lookup("#cooccurrence-matrix .placeholder").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).toList();
    }
}
