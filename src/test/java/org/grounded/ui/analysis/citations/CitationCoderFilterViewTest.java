package org.grounded.ui.analysis.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.grounded.analysis.TwoCoderStudy;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.main.MainWindowViewModel;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The citations window's coder choice on {@link TwoCoderStudy}: Fears counts 3 quotations for
 * every coder, 2 for Ben (Ana's turn, Bea's interview), 1 for Ann (Lim's turn) — counted by hand.
 */
@ExtendWith(ApplicationExtension.class)
class CitationCoderFilterViewTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private final TwoCoderStudy team = new TwoCoderStudy();
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) throws IOException {
        Path file = folder.resolve("team.grounded");
        new ProjectFileStore().save(team.study.project, file);
        dialogs.openFiles.push(Optional.of(file));
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, new CurrentThreadTaskExecutor(), folder));
        stage.setScene(GroundedApp.createScene(viewModel, () -> { }, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(viewModel::closeProject);
    }

    private static String count(FxRobot robot, int row, String column) {
        TableCell<?, ?> cell = AnalysisWindowDriver.cell(robot, "count-cell", row,
                c -> c.getTableColumn().getText().equals(column));
        return robot.from(cell).lookup(".count").queryAs(Label.class).getText();
    }

    @Test
    void tickingACoderCountsOnlyTheirCodings(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        int fears = 4; // Motivation, Empowerment, Agency, Duty, Fears in the code tree's order
        assertThat(count(robot, fears, "Total")).isEqualTo("3");
        @SuppressWarnings("unchecked")
        CheckComboBox<String> coders = robot.lookup("#citations-coders").queryAs(CheckComboBox.class);
        assertThat(coders.isVisible()).isTrue();
        assertThat(coders.getTitle()).isEqualTo("Coders: all");
        assertThat(coders.getItems()).containsExactly("Ann", "Ben");

        // Ticked through the check model, as the popup's check box does: clicking the popup's "Ben"
        // missed now and then in a full headless run (the popup not yet shown), never alone.
        robot.interact(() -> coders.getCheckModel().check("Ben"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(coders.getTitle()).isEqualTo("Coders: Ben");
        assertThat(count(robot, fears, "Total")).isEqualTo("2");
        assertThat(count(robot, fears, "Ana")).isEqualTo("1");

        robot.interact(() -> {
            coders.getCheckModel().clearChecks();
            coders.getCheckModel().check("Ann");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(count(robot, fears, "Total")).isEqualTo("1");
        assertThat(count(robot, fears, "Lim")).isEqualTo("1");
    }
}
