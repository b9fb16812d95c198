package org.grounded.ui.analysis.cooccurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrencePropertyTest;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.CellCanvas;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.prefs.Appearance;
import org.grounded.ui.prefs.Theme;
import org.grounded.ui.prefs.UserPreferences;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The matrix canvas over a generated study of 40 codes, larger than its window: after scrolling
 * down and sideways, every cell in view is painted in the colour of its own count, counted again
 * here by comparing every two codings; and the canvas takes the look of the preferences — the
 * dark theme's colours, the window's text size. The turned column headings are painted once and
 * kept (decision 0050): they say the codes' names, sit over their columns after a scroll, stay
 * as they are while scrolling down and are painted anew in a new theme or text size.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixCanvasLookTest {

    private final Project project = StudyGenerator.generate(new StudySize(12, 900, 40, 700, 12), 7);
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private CooccurrenceViewModel viewModel;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new CooccurrenceViewModel(AnalysisFixture.workspaceWith(project), new StubDialogService(),
                executor, new AnalysisFixture.RecordingClipboard());
        scene = new Scene(new CooccurrenceView(viewModel), 900, 640);
        scene.getStylesheets().add(GroundedApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        viewModel.setActive(true);
        executor.runAll();
    }

    private MatrixCanvas grid(FxRobot robot) {
        return robot.lookup("#cooccurrence-matrix").queryAs(MatrixCanvas.class);
    }

    private static WritableImage snapshot(FxRobot robot, MatrixCanvas grid) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = grid.snapshot(null, null));
        return image[0];
    }

    private static void wheel(FxRobot robot, MatrixCanvas grid, boolean sideways, int notches) {
        for (int i = 0; i < notches; i++) {
            robot.interact(() -> grid.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 100, 100, 100, 100, sideways,
                    false, false, false, false, false, 0, -40, 0, -40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void useLook(FxRobot robot, UserPreferences look) {
        robot.interact(() -> {
            List<String> sheets = new Appearance(GroundedApp.stylesheet(), stage, look).stylesheets();
            scene.getStylesheets().setAll(sheets);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double luminance(Color colour) {
        return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
    }

    @Test
    void afterScrollingEveryCellInViewIsPaintedInTheColourOfItsOwnCount(FxRobot robot) {
        MatrixCanvas grid = grid(robot);
        CooccurrenceMatrix matrix = viewModel.matrixProperty().get();
        assertThat(matrix.size()).isEqualTo(40);
        long[][] expected = CooccurrencePropertyTest.bruteForce(project, matrix.codes());
        long largest = 0;
        for (int a = 0; a < matrix.size(); a++) {
            for (int b = 0; b < matrix.size(); b++) {
                largest = a == b ? largest : Math.max(largest, expected[a][b]);
            }
        }
        assertThat(largest).as("the study has overlapping codes").isPositive();

        wheel(robot, grid, false, 7);
        wheel(robot, grid, true, 9);
        assertThat(grid.verticalBar().getValue()).as("scrolled down").isPositive();
        assertThat(grid.horizontalBar().getValue()).as("scrolled sideways").isPositive();

        Bounds area = grid.cellArea();
        WritableImage image = snapshot(robot, grid);
        CellCanvas.Palette look = grid.palette();
        int checked = 0;
        int coloured = 0;
        for (int row = 0; row < matrix.size(); row++) {
            for (int column = 0; column < matrix.size(); column++) {
                Bounds cell = grid.cellBounds(new CellCanvas.Position(row, column));
                if (!area.contains(cell)) {
                    continue;
                }
                Color painted = image.getPixelReader().getColor((int) cell.getMinX() + 5, (int) cell.getMinY() + 5);
                Color wanted = row == column ? look.diagonal()
                        : expected[row][column] == 0 ? look.surface()
                        : look.heat((double) expected[row][column] / largest);
                assertThat(painted.getRed()).as("cell %d, %d", row, column).isCloseTo(wanted.getRed(), Offset.offset(0.02));
                assertThat(painted.getGreen()).as("cell %d, %d", row, column).isCloseTo(wanted.getGreen(), Offset.offset(0.02));
                assertThat(painted.getBlue()).as("cell %d, %d", row, column).isCloseTo(wanted.getBlue(), Offset.offset(0.02));
                checked++;
                coloured += expected[row][column] > 0 && row != column ? 1 : 0;
            }
        }
        assertThat(checked).as("cells in view").isGreaterThan(40);
        assertThat(coloured).as("cells with a count in view").isPositive();
        Bounds first = grid.cellBounds(new CellCanvas.Position(0, 0));
        assertThat(area.contains(first)).as("the first cell is scrolled out of view").isFalse();
    }

    @Test
    void inTheDarkThemeTheMatrixIsPaintedDarkWithLightText(FxRobot robot) {
        MatrixCanvas grid = grid(robot);
        Bounds area = grid.cellArea();
        double lightBackground = luminance(snapshot(robot, grid).getPixelReader()
                .getColor((int) area.getMaxX() - 3, (int) area.getMaxY() - 3));
        assertThat(lightBackground).isGreaterThan(0.7);

        useLook(robot, new UserPreferences(100, 100, Theme.DARK, "", 3));

        WritableImage image = snapshot(robot, grid);
        // The corner of the cells (a cell with no count, or the gridline) and a row header.
        Color cells = image.getPixelReader().getColor((int) area.getMaxX() - 3, (int) area.getMaxY() - 3);
        Color header = image.getPixelReader().getColor(3, (int) area.getMaxY() - 3);
        assertThat(luminance(cells)).as("cells' background %s", cells).isLessThan(0.25);
        assertThat(luminance(header)).as("row headers' background %s", header).isLessThan(0.25);
        assertThat(luminance(grid.palette().text())).as("text").isGreaterThan(0.7);
        assertThat(grid.palette().textOn(grid.palette().surface())).isEqualTo(grid.palette().text());
    }

    @Test
    void theCellsTextAndSizeFollowTheWindowTextSize(FxRobot robot) {
        MatrixCanvas grid = grid(robot);
        double size = grid.font().getSize();
        double height = grid.cellHeight();
        assertThat(size).isEqualTo(12.0, Offset.offset(0.01));

        useLook(robot, new UserPreferences(150, 100, Theme.LIGHT, "", 3));

        assertThat(grid.font().getSize()).isEqualTo(18.0, Offset.offset(0.01));
        assertThat(grid.cellHeight()).isEqualTo(Math.round(height * 1.5), Offset.offset(0.5));
        assertThat(grid.cellWidth()).isEqualTo(Math.round(MatrixCanvas.CELL_WIDTH * 1.5), Offset.offset(0.5));
    }

    /** The columns whose cells are wholly in view, left to right. */
    private static List<Integer> columnsInView(MatrixCanvas grid) {
        Bounds area = grid.cellArea();
        List<Integer> columns = new ArrayList<>();
        for (int column = 0; column < 40; column++) {
            Bounds cell = grid.cellBounds(new CellCanvas.Position(0, column));
            if (cell.getMinX() >= area.getMinX() && cell.getMaxX() <= area.getMaxX()) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** The name as a heading shows it: whole, or its beginning followed by "…". */
    private static boolean showsName(String heading, String name) {
        return heading.equals(name)
                || heading.endsWith("…") && name.startsWith(heading.substring(0, heading.length() - 1).stripTrailing());
    }

    @Test
    void theHeadingsSayTheCodesNamesAndSitOverTheirColumnsAfterScrollingSideways(FxRobot robot) {
        MatrixCanvas grid = grid(robot);
        CooccurrenceMatrix matrix = viewModel.matrixProperty().get();
        wheel(robot, grid, true, 9);
        assertThat(grid.horizontalBar().getValue()).as("scrolled sideways").isPositive();

        List<Integer> inView = columnsInView(grid);
        assertThat(inView).as("columns in view").hasSizeGreaterThan(5).doesNotContain(0);
        List<String> headings = grid.headingsShown();
        assertThat(headings.size()).as("headings in view").isBetween(inView.size(), inView.size() + 2);
        for (int column : inView) {
            String name = matrix.codes().get(column).name();
            assertThat(headings).as("a heading for %s", name).anyMatch(heading -> showsName(heading, name));
        }

        // What the window shows over a column is the heading kept for it, not another column's.
        WritableImage image = snapshot(robot, grid);
        Bounds area = grid.cellArea();
        int checked = 0;
        for (int column : inView) {
            Canvas kept = grid.headingCanvas(column);
            assertThat(kept).as("heading %d is kept", column).isNotNull();
            WritableImage[] heading = new WritableImage[1];
            robot.interact(() -> heading[0] = kept.snapshot(null, null));
            PixelReader own = heading[0].getPixelReader();
            PixelReader shown = image.getPixelReader();
            int x0 = (int) grid.cellBounds(new CellCanvas.Position(0, column)).getMinX();
            int ink = 0;
            for (int y = 2; y < (int) area.getMinY() - 2; y += 3) {
                for (int x = 2; x < (int) grid.cellWidth() - 2; x++) {
                    Color wanted = own.getColor(x, y);
                    Color painted = shown.getColor(x0 + x, y);
                    assertThat(painted.getRed()).as("heading %d at %d, %d", column, x, y)
                            .isCloseTo(wanted.getRed(), Offset.offset(0.02));
                    assertThat(painted.getBlue()).as("heading %d at %d, %d", column, x, y)
                            .isCloseTo(wanted.getBlue(), Offset.offset(0.02));
                    ink += luminance(wanted) < 0.5 ? 1 : 0;
                }
            }
            assertThat(ink).as("heading %d has text", column).isPositive();
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void scrollingDownKeepsTheHeadingsAndANewLookPaintsThemAnew(FxRobot robot) {
        MatrixCanvas grid = grid(robot);
        CooccurrenceMatrix matrix = viewModel.matrixProperty().get();
        Canvas first = grid.headingCanvas(0);
        assertThat(first).isNotNull();
        double height = first.getHeight();
        wheel(robot, grid, false, 5);
        assertThat(grid.verticalBar().getValue()).as("scrolled down").isPositive();
        assertThat(grid.headingCanvas(0)).as("kept while scrolling down").isSameAs(first);

        useLook(robot, new UserPreferences(100, 100, Theme.DARK, "", 3));
        Canvas dark = grid.headingCanvas(0);
        assertThat(dark).as("painted anew in the dark theme").isNotNull().isNotSameAs(first);
        WritableImage image = snapshot(robot, grid);
        Bounds heading = grid.cellBounds(new CellCanvas.Position(0, 0));
        Color ground = image.getPixelReader().getColor((int) heading.getMinX() + 2, 3);
        assertThat(luminance(ground)).as("a heading's background in the dark theme %s", ground).isLessThan(0.25);
        assertThat(showsName(grid.headingsShown().get(0), matrix.codes().get(0).name())).isTrue();

        useLook(robot, new UserPreferences(150, 100, Theme.DARK, "", 3));
        Canvas larger = grid.headingCanvas(0);
        assertThat(larger).as("painted anew in the larger text").isNotNull().isNotSameAs(dark);
        assertThat(larger.getWidth()).isEqualTo(grid.cellWidth());
        assertThat(larger.getHeight()).as("taller headings").isGreaterThan(height);
        assertThat(showsName(grid.headingsShown().get(0), matrix.codes().get(0).name())).isTrue();
    }
}
