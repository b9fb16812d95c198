package org.grounded.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A window shown smaller than its content asks for grows to it: under openbox at 1280 × 800 the
 * text dialog (New network…) came out 200 pixels wide with its field and OK button cut, although
 * its pane asked for 480. Monocle sizes windows right, so the shrunken window is made by hand here.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFitGrowTest {

    private Stage stage;
    private HBox content;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        content = new HBox(new TextField("Figure 1"), new Button("Cancel"), new Button("OK"));
        content.setPrefWidth(480);
        content.setPrefHeight(120);
        stage.setScene(new Scene(content));
        stage.show();
    }

    @Test
    void aWindowNarrowerThanItsContentGrowsToIt(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(200);
            stage.setHeight(90);
        });
        robot.interact(() -> WindowFit.growToContent(stage, content, new Rectangle2D(0, 0, 1232, 752)));

        assertThat(stage.getScene().getWidth()).isGreaterThanOrEqualTo(480);
        assertThat(stage.getScene().getHeight()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void aWindowManagerCannotShrinkItBelowItsContentLater(FxRobot robot) {
        robot.interact(() -> stage.setWidth(200));
        robot.interact(() -> {
            WindowFit.growToContent(stage, content, new Rectangle2D(0, 0, 1232, 752));
            WindowFit.holdMinimumWidth(stage);
        });
        // What openbox did on the first start, after the window had been shown and grown.
        robot.interact(() -> stage.setWidth(200));

        assertThat(stage.getMinWidth()).isGreaterThanOrEqualTo(480);
        assertThat(stage.getScene().getWidth()).isGreaterThanOrEqualTo(480);
    }

    @Test
    void aWindowShownBeforeItHasASizeGrowsToItsContent(FxRobot robot) {
        // The first start's coder-name question was shown before it had a size (NaN wide), so it was
        // not grown, and openbox then gave it 200 pixels.
        Stage[] unsized = new Stage[1];
        HBox unsizedContent = new HBox(new TextField("root"), new Button("OK"));
        unsizedContent.setPrefWidth(480);
        unsizedContent.setPrefHeight(120);
        robot.interact(() -> {
            unsized[0] = new Stage();
            unsized[0].setScene(new Scene(unsizedContent));
            WindowFit.growToContent(unsized[0], unsizedContent, new Rectangle2D(0, 0, 1232, 752));
        });

        assertThat(unsized[0].getWidth()).isGreaterThanOrEqualTo(480);
        assertThat(unsized[0].getMinWidth()).isGreaterThanOrEqualTo(480);
    }

    @Test
    void itNeverGrowsBeyondTheUsableArea(FxRobot robot) {
        robot.interact(() -> {
            content.setPrefWidth(3000);
            stage.setWidth(200);
        });
        robot.interact(() -> WindowFit.growToContent(stage, content, new Rectangle2D(0, 0, 1232, 752)));

        assertThat(stage.getWidth()).isEqualTo(1232);
    }

    @Test
    void aWindowAsBigAsItsContentIsLeftAlone(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(700);
            stage.setHeight(400);
        });
        robot.interact(() -> WindowFit.growToContent(stage, content, new Rectangle2D(0, 0, 1232, 752)));

        assertThat(stage.getWidth()).isEqualTo(700);
        assertThat(stage.getHeight()).isEqualTo(400);
    }
}
