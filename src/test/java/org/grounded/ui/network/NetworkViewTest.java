package org.grounded.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.layout.Point;
import org.grounded.model.Position;
import org.grounded.model.SavedNetwork;
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

/** The semantic-network window over the shipped sample study, driven through the real windows. */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {

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

    private NetworkViewModel network() {
        return driver.viewModel.network();
    }

    /** Opens the sample and its network (Ctrl+G; the first time it asks for the new network's name). */
    private void openNetwork(FxRobot robot) {
        robot.interact(() -> driver.mainStage().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.mainView().networkWindow().stage()).map(Stage::isShowing).contains(true);
    }

    private NetworkNode node(String label) {
        return network().networkProperty().get().nodes().stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow();
    }

    /** Where a node's centre is on the screen. */
    private Point2D onScreen(FxRobot robot, String label) {
        Canvas canvas = robot.lookup("#network-canvas-surface").queryAs(Canvas.class);
        Point at = network().viewportProperty().get().toScreen(network().positionsProperty().get().get(node(label).id()));
        return canvas.localToScreen(at.x(), at.y());
    }

    private SavedNetwork saved() {
        return driver.viewModel.workspace().project().orElseThrow().networks().iterator().next();
    }

    @Test
    void clickingANodeListsItsQuotationsAndDraggingItPinsItThereAfterReopening(FxRobot robot) {
        driver.openSample(robot);
        driver.dialogs.texts.push(Optional.of("Figure 1"));
        openNetwork(robot);
        assertThat(robot.lookup("#network-chooser").tryQuery()).isPresent();
        assertThat(network().nameProperty().get()).isEqualTo("Figure 1");

        robot.clickOn(onScreen(robot, "Motivation"));
        WaitForAsyncUtils.waitForFxEvents();

        Label title = robot.lookup("#network-detail-title").queryAs(Label.class);
        assertThat(title.getText()).matches("Motivation: \\d+ quotations");
        @SuppressWarnings("unchecked")
        ListView<PassageCard> passages = robot.lookup("#network-passages").queryAs(ListView.class);
        int listed = Integer.parseInt(title.getText().replaceAll("\\D+", " ").strip());
        assertThat(passages.getItems()).hasSize(listed).isNotEmpty();
        assertThat(robot.lookup(".passage-source").queryAllAs(Label.class)).isNotEmpty();

        Point2D from = onScreen(robot, "Motivation");
        Point2D to = from.add(-70, 45);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(-20, 10)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        UUID motivation = UUID.fromString(node("Motivation").id());
        Point dropped = network().positionsProperty().get().get(node("Motivation").id());
        assertThat(saved().pinned()).containsExactly(motivation);
        assertThat(saved().positions().get(motivation)).isEqualTo(new Position(dropped.x(), dropped.y()));
        Point2D nowOnScreen = onScreen(robot, "Motivation");
        assertThat(nowOnScreen.getX()).isCloseTo(to.getX(), within(1.5));
        assertThat(nowOnScreen.getY()).isCloseTo(to.getY(), within(1.5));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        driver.close(robot);
        assertThat(driver.mainView().networkWindow().stage()).map(Stage::isShowing).contains(false);
        driver.openSample(robot);
        openNetwork(robot);

        assertThat(network().pinned()).containsExactly(motivation.toString());
        Point reopened = network().positionsProperty().get().get(motivation.toString());
        assertThat(reopened.x()).isCloseTo(dropped.x(), within(1e-9));
        assertThat(reopened.y()).isCloseTo(dropped.y(), within(1e-9));
    }

    @Test
    void scrollingZoomsAroundThePointerAndHoveringANodeLightsItUp(FxRobot robot) {
        driver.openSample(robot);
        driver.dialogs.texts.push(Optional.of("Figure 1"));
        openNetwork(robot);
        Point2D aisyah = onScreen(robot, "Aisyah");
        double before = network().viewportProperty().get().scale();

        robot.moveTo(aisyah);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(network().hoveredProperty().get()).isEqualTo(node("Aisyah").id());

        // Which way the wheel turns depends on the platform's robot; the zoom changes and the
        // node under the pointer stays where it is, and turning back undoes it.
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        double zoomed = network().viewportProperty().get().scale();
        assertThat(zoomed).isNotCloseTo(before, within(before * 0.1));
        Point2D after = onScreen(robot, "Aisyah");
        assertThat(after.getX()).isCloseTo(aisyah.getX(), within(1.5));
        assertThat(after.getY()).isCloseTo(aisyah.getY(), within(1.5));
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(network().viewportProperty().get().scale()).isCloseTo(before, within(1e-9));
        robot.scroll(2, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(network().viewportProperty().get().scale()).isCloseTo(before, within(1e-9));
    }

    @Test
    void theShownPictureIsExportedAsPngAndSvg(FxRobot robot) throws IOException {
        driver.openSample(robot);
        driver.dialogs.texts.push(Optional.of("Figure 1"));
        openNetwork(robot);
        Path png = folder.resolve("exports").resolve("figure-1.png");
        Path svg = folder.resolve("exports").resolve("figure-1");
        Files.createDirectories(png.getParent());

        driver.dialogs.saveFiles.push(Optional.of(png));
        robot.clickOn("#network-export-png");
        WaitForAsyncUtils.waitForFxEvents();
        driver.dialogs.saveFiles.push(Optional.of(svg));
        robot.clickOn("#network-export-svg");
        WaitForAsyncUtils.waitForFxEvents();

        byte[] picture = Files.readAllBytes(png);
        assertThat(picture).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        var image = javax.imageio.ImageIO.read(png.toFile());
        var drawing = network().drawingProperty().get();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(drawing.width() * NetworkViewModel.PNG_SCALE));
        Path written = folder.resolve("exports").resolve("figure-1.svg");
        String text = Files.readString(written, StandardCharsets.UTF_8);
        assertThat(text).contains("<svg").contains(">Motivation<").contains(">María<");
        assertThat(robot.lookup("#network-status").queryAs(Label.class).getText()).isEqualTo("Saved figure-1.svg");
    }
}
