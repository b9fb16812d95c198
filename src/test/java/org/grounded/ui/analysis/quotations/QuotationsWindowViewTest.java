package org.grounded.ui.analysis.quotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.grounded.analysis.report.QuotationFilter;
import org.grounded.analysis.report.QuotationReports;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.main.AnalysisWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Analysis → Quotations from the main window over the sample study: Ctrl+Shift+Q opens it, Ctrl+W closes it. */
@ExtendWith(ApplicationExtension.class)
class QuotationsWindowViewTest {

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

    @Test
    void theShortcutOpensTheSamplesQuotationsAndCtrlWClosesTheWindow(FxRobot robot) {
        driver.openSample(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();

        Stage window = driver.mainView().analysisWindows().stage(AnalysisWindows.Kind.QUOTATIONS).orElseThrow();
        assertThat(window.isShowing()).isTrue();
        assertThat(window.getTitle()).startsWith("Quotations — ");
        @SuppressWarnings("unchecked")
        TableView<QuotationRow> table = robot.lookup("#quotations-table").queryAs(TableView.class);
        // Every quotation of the sample, as grounded quotes lists them without options.
        assertThat(table.getItems()).extracting(row -> row.quotation().id()).containsExactlyElementsOf(
                QuotationReports.of(AnalysisFixture.sample()).rows(QuotationFilter.ALL).stream()
                        .map(row -> row.quotation().id()).toList());

        // The window's own copy goes to the system clipboard, as the user pastes it.
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        robot.clickOn("#quotations-copy-citation");
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = {null};
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(table.getItems().get(0).citation());

        robot.targetWindow(window).push(KeyCode.CONTROL, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isFalse();
        assertThat(driver.mainStage().isShowing()).isTrue();
    }
}
