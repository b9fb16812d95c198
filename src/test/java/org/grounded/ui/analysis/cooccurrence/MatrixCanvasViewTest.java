package org.grounded.ui.analysis.cooccurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.grounded.analysis.SmallStudy;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The matrix painted on a canvas, over a hand-made study whose counts are known: Fears and Duty
 * share two quotations, Fears and Agency one, Motivation nothing. So Fears × Duty is the largest
 * value (the darkest colour), Fears × Agency half of it, and c(Fears, Duty) = 2 / (3 + 2 − 2).
 */
@ExtendWith(ApplicationExtension.class)
class MatrixCanvasViewTest {

    private static final PseudoClass UPDATING = PseudoClass.getPseudoClass("updating");

    private final SmallStudy study = new SmallStudy();
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private CooccurrenceViewModel viewModel;

    @Start
    void start(Stage stage) {
        study.code(study.interview, 0, 10, study.fears, study.duty);
        study.code(study.interview, 12, 20, study.fears, study.duty);
        study.code(study.interview, 30, 40, study.fears, study.agency);
        viewModel = new CooccurrenceViewModel(AnalysisFixture.workspaceWith(study.project), new StubDialogService(),
                executor, new AnalysisFixture.RecordingClipboard());
        Scene scene = new Scene(new CooccurrenceView(viewModel), 1100, 720);
        scene.getStylesheets().add(GroundedApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        viewModel.setActive(true);
        executor.runAll();
    }

    private MatrixCanvas grid(FxRobot robot) {
        return robot.lookup("#cooccurrence-matrix").queryAs(MatrixCanvas.class);
    }

    private MatrixCanvas.Position at(String rowCode, String columnCode) {
        CooccurrenceMatrix matrix = viewModel.matrixProperty().get();
        return new MatrixCanvas.Position(index(matrix, rowCode), index(matrix, columnCode));
    }

    private static int index(CooccurrenceMatrix matrix, String name) {
        for (int i = 0; i < matrix.size(); i++) {
            if (matrix.codes().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private void click(FxRobot robot, MatrixCanvas.Position position) {
        MatrixCanvas grid = grid(robot);
        Bounds cell = grid.cellBounds(position);
        Point2D centre = grid.localToScreen(cell.getCenterX(), cell.getCenterY());
        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String cellLine(FxRobot robot) {
        return robot.lookup("#cooccurrence-cell").queryAs(Label.class).getText();
    }

    /** The colour painted near the top-left corner of a cell (away from its number and its outline). */
    private Color colourOf(FxRobot robot, MatrixCanvas.Position position) {
        MatrixCanvas grid = grid(robot);
        Bounds cell = grid.cellBounds(position);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = grid.snapshot(null, null));
        return image[0].getPixelReader().getColor((int) cell.getMinX() + 6, (int) cell.getMinY() + 6);
    }

    private static void assertSameColour(Color actual, Color expected) {
        assertThat(actual.getRed()).isCloseTo(expected.getRed(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(actual.getGreen()).isCloseTo(expected.getGreen(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(actual.getBlue()).isCloseTo(expected.getBlue(), org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void aKnownCellShowsItsCountInItsHeatColourAndListsItsPassages(FxRobot robot) {
        click(robot, at("Fears", "Duty"));

        assertThat(cellLine(robot)).isEqualTo("Fears × Duty: 2 overlapping pairs");
        assertThat(robot.lookup("#cooccurrence-pair-title").queryAs(Label.class).getText())
                .isEqualTo("Fears × Duty: 2 overlapping pairs");
        assertThat(viewModel.pairs()).isEmpty(); // the passages are being found in the background
        robot.interact(executor::runAll);
        assertThat(viewModel.pairs()).hasSize(2);

        assertSameColour(colourOf(robot, at("Fears", "Duty")), Color.web("#1F5F66"));
        assertSameColour(colourOf(robot, at("Fears", "Agency")), Color.rgb(0x8F, 0xAF, 0xB3));
        assertSameColour(colourOf(robot, at("Motivation", "Duty")), Color.WHITE);
        assertSameColour(colourOf(robot, at("Duty", "Duty")), Color.web("#eceef1"));
    }

    @Test
    void theArrowKeysMoveTheChosenCellAndEnterListsItsPassages(FxRobot robot) {
        click(robot, at("Fears", "Duty"));
        robot.interact(executor::runAll);
        String duty = viewModel.matrixProperty().get().codes().get(at("Fears", "Duty").column()).name();
        assertThat(duty).isEqualTo("Duty");

        robot.push(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        MatrixCanvas.Position up = grid(robot).chosenCellProperty().get();
        assertThat(up).isEqualTo(new MatrixCanvas.Position(at("Fears", "Duty").row() - 1, at("Fears", "Duty").column()));
        assertThat(cellLine(robot)).isEqualTo(viewModel.describe(up.row(), up.column())).isNotEmpty()
                .isNotEqualTo("Fears × Duty: 2 overlapping pairs");
        assertThat(robot.lookup("#cooccurrence-pair-title").queryAs(Label.class).getText())
                .as("moving does not list passages yet").isEqualTo("Fears × Duty: 2 overlapping pairs");

        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        MatrixCanvas.Position left = grid(robot).chosenCellProperty().get();
        assertThat(left).isEqualTo(new MatrixCanvas.Position(at("Fears", "Duty").row(), at("Fears", "Duty").column() - 1));
        String columnLeft = viewModel.matrixProperty().get().codes().get(left.column()).name();

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cooccurrence-pair-title").queryAs(Label.class).getText())
                .startsWith("Fears × " + columnLeft + ": ");
        assertThat(viewModel.selectedPair()).hasValueSatisfying(pair ->
                assertThat(pair).containsExactly(left.row(), left.column()));
    }

    @Test
    void switchingToCCoefficientsRepaintsWithoutCountingAgain(FxRobot robot) {
        CooccurrenceMatrix counted = viewModel.matrixProperty().get();
        robot.interact(() -> grid(robot).moveTo(at("Fears", "Duty")));
        assertThat(cellLine(robot)).isEqualTo("Fears × Duty: 2 overlapping pairs");

        robot.clickOn("#cooccurrence-coefficients");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(executor.pendingCount()).as("nothing is recounted").isZero();
        assertThat(viewModel.matrixProperty().get()).isSameAs(counted);
        assertThat(cellLine(robot)).isEqualTo("Fears × Duty: c = 0.67 (2 overlapping pairs)");
        assertSameColour(colourOf(robot, at("Fears", "Duty")), Color.web("#1F5F66"));
    }

    @Test
    void anOptionThatNeedsARecountKeepsTheOldMatrixMarkedUpdatingUntilTheNewOneArrives(FxRobot robot) {
        CooccurrenceMatrix counted = viewModel.matrixProperty().get();
        robot.interact(() -> grid(robot).moveTo(at("Fears", "Duty")));
        UUID focusGroups = study.focusGroups.id();

        robot.interact(() -> viewModel.options().documentGroupProperty().set(new Choice<>(focusGroups, "focus groups")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(executor.pendingCount()).as("the recount is on its way").isPositive();
        assertThat(viewModel.matrixProperty().get()).as("the old matrix stays").isSameAs(counted);
        assertThat(grid(robot).getPseudoClassStates()).contains(UPDATING);
        assertThat(cellLine(robot)).isEqualTo("Fears × Duty: 2 overlapping pairs");
        // The old colour, faded as the whole grid is while it updates (the snapshot is laid on white).
        double opacity = grid(robot).getOpacity();
        assertThat(opacity).isLessThan(1);
        assertSameColour(colourOf(robot, at("Fears", "Duty")), Color.WHITE.interpolate(Color.web("#1F5F66"), opacity));

        robot.interact(executor::runAll);
        assertThat(grid(robot).getPseudoClassStates()).doesNotContain(UPDATING);
        assertThat(viewModel.matrixProperty().get()).isNotSameAs(counted);
        assertThat(cellLine(robot)).startsWith("Fears × Duty: ").isNotEqualTo("Fears × Duty: 2 overlapping pairs");
        assertSameColour(colourOf(robot, at("Fears", "Duty")), Color.WHITE);
    }
}
