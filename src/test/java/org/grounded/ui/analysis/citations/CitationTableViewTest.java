package org.grounded.ui.analysis.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.model.Document;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.analysis.PassageCard;
import org.grounded.ui.main.AnalysisWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The citations table window over the shipped sample study, driven as a researcher would. */
@ExtendWith(ApplicationExtension.class)
class CitationTableViewTest {

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

    @SuppressWarnings("unchecked")
    private TableView<CitationRow> table(FxRobot robot) {
        return robot.lookup("#citations-table").queryAs(TableView.class);
    }

    private void openTable(FxRobot robot) {
        driver.openSample(robot);
        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void sortingByTotalThenClickingACellShowsItsQuotations(FxRobot robot) {
        openTable(robot);
        TableView<CitationRow> table = table(robot);
        Map<UUID, Integer> ranks = new HashMap<>();
        table.getItems().forEach(row -> ranks.put(row.code().id(), row.rank()));
        assertThat(table.getItems().get(1).code().name()).isEqualTo("Motivation");

        robot.clickOn("#column-total");
        robot.clickOn("#column-total");
        WaitForAsyncUtils.waitForFxEvents();

        List<CitationRow> rows = table.getItems();
        assertThat(rows.get(0).code().name()).isEqualTo("Influencing factors of milk sharing");
        assertThat(rows.get(0).total().count()).isEqualTo(116);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).total().count()).isLessThanOrEqualTo(rows.get(i - 1).total().count());
        }
        assertThat(rows).allSatisfy(row -> assertThat(row.rank()).isEqualTo(ranks.get(row.code().id())));

        CitationRow second = rows.get(1);
        TableCell<?, ?> maria = AnalysisWindowDriver.cell(robot, "count-cell", 1,
                cell -> cell.getTableColumn().getText().equals("María"));
        robot.clickOn(maria);
        WaitForAsyncUtils.waitForFxEvents();

        int count = second.cell(0).count();
        assertThat(robot.lookup("#citations-cell-title").queryAs(Label.class).getText())
                .isEqualTo(second.code().name() + " · María: " + count + " quotations");
        @SuppressWarnings("unchecked")
        ListView<PassageCard> quotations = robot.lookup("#citations-quotations").queryAs(ListView.class);
        assertThat(quotations.getItems()).hasSize(count);
        assertThat(quotations.getItems()).allSatisfy(card -> assertThat(card.source()).isEqualTo("01-maria · María"));
        assertThat(robot.lookup(".passage-quoted").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).contains(quotations.getItems().get(0).passage());
    }

    @Test
    void doubleClickingAQuotationShowsItInTheTranscriptViewer(FxRobot robot) {
        openTable(robot);
        TableCell<?, ?> nurul = AnalysisWindowDriver.cell(robot, "count-cell", 1,
                cell -> cell.getTableColumn().getText().equals("Nurul"));
        robot.clickOn(nurul);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<PassageCard> quotations = robot.lookup("#citations-quotations").queryAs(ListView.class);
        PassageCard first = quotations.getItems().get(0);

        robot.doubleClickOn(robot.lookup(".passage-cell").nth(0).queryAs(javafx.scene.Node.class), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        var workspace = driver.viewModel.workspace();
        assertThat(workspace.selectedQuotationProperty().get()).isEqualTo(first.quotationId());
        Document shown = driver.viewModel.transcript().documentProperty().get();
        assertThat(shown.name()).isEqualTo("04-nurul");
    }

    @Test
    void theTableHasOneWindowOwnedByTheMainWindowAndItIsReused(FxRobot robot) {
        openTable(robot);
        AnalysisWindows windows = driver.mainView().analysisWindows();
        Stage stage = windows.stage(AnalysisWindows.Kind.CITATIONS).orElseThrow();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getOwner()).isSameAs(driver.mainStage());
        assertThat(stage.getTitle()).isEqualTo("Citations table — Milk donation and sharing");

        robot.interact(stage::hide);
        robot.interact(() -> windows.show(AnalysisWindows.Kind.CITATIONS));

        assertThat(windows.stage(AnalysisWindows.Kind.CITATIONS)).containsSame(stage);
        assertThat(stage.isShowing()).isTrue();
        assertThat(Window.getWindows().stream().filter(window -> window.isShowing()
                && window instanceof Stage shown && shown.getTitle().startsWith("Citations table"))).hasSize(1);
        assertThat(table(robot).getItems()).hasSize(34);
    }

    @Test
    void markedCountsAreHighlighted(FxRobot robot) {
        openTable(robot);

        TableCell<?, ?> total = AnalysisWindowDriver.cell(robot, "count-cell", 0,
                cell -> cell.getTableColumn().getText().equals("Total"));
        TableCell<?, ?> maria = AnalysisWindowDriver.cell(robot, "count-cell", 0,
                cell -> cell.getTableColumn().getText().equals("María"));

        assertThat(total.getStyleClass()).contains("mark-total");
        assertThat(robot.from(total).lookup(".mark").queryAs(Label.class).getText()).isEqualTo("**");
        assertThat(maria.getStyleClass()).contains("mark-column");
        assertThat(robot.from(maria).lookup(".count").queryAs(Label.class).getText()).isEqualTo("20");
    }

    @Test
    void closingTheProjectClosesTheWindow(FxRobot robot) {
        openTable(robot);
        Stage stage = driver.mainView().analysisWindows().stage(AnalysisWindows.Kind.CITATIONS).orElseThrow();

        driver.close(robot);

        assertThat(stage.isShowing()).isFalse();
    }
}
