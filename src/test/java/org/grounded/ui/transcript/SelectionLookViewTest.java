package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.ui.codes.CodePalette;
import org.grounded.ui.main.GroundedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The transcript's text selection is drawn as an outline with no fill, under the application's
 * stylesheet, so it is never taken for a code's tinted highlight (issue 18).
 */
@ExtendWith(ApplicationExtension.class)
class SelectionLookViewTest {

    private InlineCssTextArea area;

    @Start
    void start(Stage stage) {
        area = new InlineCssTextArea();
        area.getStyleClass().add("transcript-text");
        area.replaceText("Mother 3: I gave my milk because a friend's baby needed it.\nInterviewer: And then?");
        // A code's highlight under part of the selection, styled as the transcript styles it.
        area.setStyle(0, 10, 20, new TranscriptStyle(false, CodePalette.SWATCHES.get(7).colour(), 1).toCss());
        Scene scene = new Scene(new StackPane(area), 640, 240);
        scene.getStylesheets().add(GroundedApp.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSelectionIsAnOutlineWithoutFill(FxRobot robot) {
        robot.interact(() -> area.selectRange(3, 70));
        WaitForAsyncUtils.waitForFxEvents();

        List<Path> selections = robot.lookup(".selection").queryAll().stream()
                .filter(Path.class::isInstance).map(Path.class::cast)
                .filter(path -> !path.getElements().isEmpty()).toList();

        assertThat(selections).as("the selection is drawn").isNotEmpty();
        for (Path selection : selections) {
            assertThat(isInvisible(selection.getFill())).as("no fill that could pass for a code's tint").isTrue();
            assertThat(selection.getStroke()).isInstanceOf(Color.class);
            Color stroke = (Color) selection.getStroke();
            assertThat(stroke.getOpacity()).as("an opaque outline").isEqualTo(1.0);
            assertThat(selection.getStrokeWidth()).isGreaterThanOrEqualTo(1.0);
        }
    }

    private static boolean isInvisible(Paint fill) {
        return fill == null || (fill instanceof Color colour && colour.getOpacity() == 0);
    }
}
