package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a project covers the window at once with the file's name and a progress bar; the
 * welcome screen under it takes no clicks; Cancel drops the open. The background reading is
 * held by the test, so the opening lasts as long as the test looks at it.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningViewTest {

    @TempDir
    Path folder;

    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private AnalysisWindowDriver driver;

    @Start
    void start(Stage stage) throws IOException {
        driver = new AnalysisWindowDriver(folder, executor);
        driver.start(stage);
    }

    @Test
    void openingShowsTheFileAndProgressOverAWelcomeScreenThatTakesNoClicks(FxRobot robot) {
        driver.openSample(robot);

        assertThat(robot.lookup("#opening-view").query().isVisible()).isTrue();
        assertThat(robot.lookup("#opening-title").queryAs(Label.class).getText())
                .isEqualTo("Opening milk-donation.grounded…");
        assertThat(robot.lookup(".welcome-view").query().isDisabled()).isTrue();

        robot.interact(executor::runAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening-view").query().isVisible()).isFalse();
        assertThat(driver.viewModel.state().projectOpenProperty().get()).isTrue();
        assertThat(robot.lookup("#workspace").query().isDisabled()).isFalse();
        robot.interact(driver.viewModel::closeProject);
    }

    @Test
    void cancelDropsTheOpenAndGivesTheWelcomeScreenBack(FxRobot robot) {
        driver.openSample(robot);
        assertThat(robot.lookup("#opening-view").query().isVisible()).isTrue();

        robot.clickOn("#opening-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening-view").query().isVisible()).isFalse();
        assertThat(robot.lookup(".welcome-view").query().isDisabled()).isFalse();

        robot.interact(executor::runAll); // the read finishes after the cancel: it is dropped
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.viewModel.state().projectOpenProperty().get()).isFalse();

        driver.openSample(robot); // the file's lock was let go: it opens again
        robot.interact(executor::runAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.viewModel.state().projectOpenProperty().get()).isTrue();
        robot.interact(driver.viewModel::closeProject);
    }
}
