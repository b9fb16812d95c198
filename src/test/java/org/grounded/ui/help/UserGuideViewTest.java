package org.grounded.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.main.MainWindowViewModel;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → User guide (Shift+F1) opens the guide beside the main window, with its pictures; Ctrl+W closes it. */
@ExtendWith(ApplicationExtension.class)
class UserGuideViewTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        MainWindowViewModel viewModel = new MainWindowViewModel(
                TestServices.with(new StubDialogService(), new CurrentThreadTaskExecutor(), folder));
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @Test
    void shiftF1OpensTheGuideWithItsPicturesAndCtrlWClosesIt(FxRobot robot) {
        robot.push(KeyCode.SHIFT, KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        Stage guide = guideWindow(robot);
        assertThat(guide).as("the guide window is open").isNotNull();
        assertThat(guide.getTitle()).isEqualTo("Grounded — Code your first interview in ten minutes");
        List<String> headings = robot.from(guide.getScene().getRoot()).lookup(".label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        assertThat(headings).contains("1. Open Grounded and make a project", "6. The citations table");
        List<ImageView> pictures = List.copyOf(robot.from(guide.getScene().getRoot()).lookup(".image-view")
                .queryAllAs(ImageView.class));
        assertThat(pictures).hasSizeGreaterThanOrEqualTo(6);
        assertThat(pictures).allSatisfy(picture -> {
            assertThat(picture.getImage().isError()).isFalse();
            assertThat(picture.getImage().getWidth()).isPositive();
            assertThat(picture.getFitWidth()).isLessThanOrEqualTo(760);
        });

        robot.targetWindow(guide);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guideWindow(robot)).as("Ctrl+W closed the guide").isNull();
    }

    private static Stage guideWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing).filter(Stage.class::isInstance)
                .map(Stage.class::cast).filter(stage -> stage.getTitle() != null && stage.getTitle().startsWith("Grounded — Code"))
                .findFirst().orElse(null);
    }
}
