package org.grounded.ui.analysis.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.grounded.analysis.citations.CitationColumn;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.RowOrder;
import org.grounded.analysis.citations.SortDirection;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.model.Quotation;
import org.grounded.ui.analysis.AnalysisWindowDriver;
import org.grounded.ui.analysis.CellCanvas.Position;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A study with sixty more participants than the sample: the citations table is too wide for a
 * table control and is painted on a canvas, with the same counts, the same choosing of a cell
 * (click, arrows and Enter) and the same "Counting…" and old-table-while-updating behaviour. The
 * sixty participants are made here, participant Pn with n mod 5 quotations of one new code, so
 * every count is known beforehand.
 */
@ExtendWith(ApplicationExtension.class)
class CitationWideTableViewTest {

    private static final PseudoClass UPDATING = PseudoClass.getPseudoClass("updating");
    private static final int PARTICIPANTS = 60;

    @TempDir
    Path folder;

    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private AnalysisWindowDriver driver;
    private final Code wide = Code.of("Sixty voices", "#2A9D8F");
    /** Participant name → the quotations of {@link #wide} in their interview. */
    private final Map<String, List<Quotation>> quotations = new HashMap<>();

    @Start
    void start(Stage stage) throws IOException {
        driver = new AnalysisWindowDriver(folder, executor);
        driver.start(stage);
    }

    /** Sixty interviews, one participant each; Pn says n mod 5 coded things. */
    private void addSixtyParticipants(FxRobot robot) {
        EntityEdit.Builder edit = EntityEdit.builder("Sixty participants").add(wide);
        for (int n = 1; n <= PARTICIPANTS; n++) {
            String name = String.format("P%02d", n);
            Document interview = Document.of("Interview " + name, "one two three four five six seven eight nine ten");
            edit.add(interview).add(Participant.of(name).withDocuments(Set.of(interview.id())));
            List<Quotation> coded = new ArrayList<>();
            for (int k = 0; k < n % 5; k++) {
                Quotation quotation = Quotation.of(interview.id(), 8 * k, 8 * k + 3, List.of(wide.id()), "tester");
                coded.add(quotation);
                edit.add(quotation);
            }
            quotations.put(name, coded);
        }
        robot.interact(() -> driver.viewModel.editor().performAlways("Could not add them", project -> edit.build()));
    }

    private static CitationCanvas canvas(FxRobot robot) {
        return robot.lookup("#citations-canvas").queryAs(CitationCanvas.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<CitationRow> tableControl(FxRobot robot) {
        return robot.lookup("#citations-table").queryAs(TableView.class);
    }

    private CitationTableViewModel citations() {
        return driver.viewModel.analysis().citations();
    }

    /** Where the new code's count for a participant is drawn. */
    private Position cellOf(CitationCanvas canvas, String participant) {
        CitationTable table = citations().table().orElseThrow();
        String key = table.columns().stream().filter(column -> column.label().equals(participant))
                .map(CitationColumn::key).findFirst().orElseThrow();
        return canvas.position(CitationCellKey.column(wide.id(), key)).orElseThrow();
    }

    private void openWideTable(FxRobot robot) {
        driver.openSample(robot);
        robot.interact(executor::runAll); // reading the project
        addSixtyParticipants(robot);
        robot.interact(executor::runAll);
        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void whileCountingItSaysSoThenPaintsTheWideTableAndKeepsItWhileRecounting(FxRobot robot) {
        openWideTable(robot);
        assertThat(executor.pendingCount()).as("the count is on its way").isPositive();
        assertThat(((Label) tableControl(robot).getPlaceholder()).getText()).isEqualTo("Counting…");
        assertThat(tableControl(robot).isVisible()).isTrue();
        assertThat(canvas(robot).isVisible()).isFalse();

        robot.interact(executor::runAll);
        CitationCanvas canvas = canvas(robot);
        assertThat(canvas.isVisible()).as("more than %d columns: the canvas", CitationTableView.WIDE_COLUMNS).isTrue();
        assertThat(tableControl(robot).isVisible()).isFalse();
        assertThat(tableControl(robot).getColumns()).as("no participant columns built in the table control")
                .hasSizeLessThanOrEqualTo(3);
        assertThat(canvas.columns()).extracting(CitationColumn::label).contains("P01", "P37", "P60");
        assertThat(canvas.columns().size()).isGreaterThan(PARTICIPANTS);

        Position p37 = cellOf(canvas, "P37");
        robot.interact(() -> canvas.moveTo(p37));
        assertThat(canvas.getAccessibleText()).isEqualTo("Sixty voices · P37: 2 quotations");
        assertThat(canvas.describe(cellOf(canvas, "P40"))).isEqualTo("Sixty voices · P40: 0 quotations");
        assertThat(canvas.describe(cellOf(canvas, "P59"))).isEqualTo("Sixty voices · P59: 4 quotations");

        CitationTable before = citations().table().orElseThrow();
        robot.interact(() -> citations().options().levelProperty().set(new Choice<>(CodingLevel.AXIAL, "Axial")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(executor.pendingCount()).as("the recount is on its way").isPositive();
        assertThat(canvas.getPseudoClassStates()).contains(UPDATING);
        assertThat(canvas.isVisible()).isTrue();
        assertThat(canvas.rowCount()).as("the old table stays while the new one is counted")
                .isEqualTo(before.rows().size());
        robot.interact(executor::runAll);
        assertThat(canvas.getPseudoClassStates()).doesNotContain(UPDATING);
        assertThat(canvas.rowCount()).as("only the axial codes now").isLessThan(before.rows().size());
    }

    @Test
    void clickingACountAndMovingWithTheKeysListsThatCellsQuotations(FxRobot robot) {
        openWideTable(robot);
        robot.interact(executor::runAll);
        CitationCanvas canvas = canvas(robot);
        assertThat(citations().passages()).isEmpty();

        Position p43 = cellOf(canvas, "P43");
        robot.interact(() -> canvas.moveTo(p43));
        assertThat(citations().passages()).as("moving the cursor alone lists nothing").isEmpty();
        Bounds cell = canvas.cellBounds(p43);
        Point2D centre = canvas.localToScreen(cell.getCenterX(), cell.getCenterY());
        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(citations().cellTitleProperty().get()).isEqualTo("Sixty voices · P43: 3 quotations");
        assertThat(citations().passages()).hasSize(3);
        assertThat(citations().passages()).extracting(card -> card.quotationId())
                .containsExactlyInAnyOrderElementsOf(quotations.get("P43").stream().map(Quotation::id).toList());

        // The columns are in participant order: one to the right of P43 is P44, with 4 quotations.
        assertThat(canvas.columns().get(p43.column() + 1).label()).isEqualTo("P44");
        robot.push(KeyCode.RIGHT);
        assertThat(canvas.chosenCellProperty().get()).isEqualTo(new Position(p43.row(), p43.column() + 1));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(citations().cellTitleProperty().get()).isEqualTo("Sixty voices · P44: 4 quotations");
        assertThat(citations().passages()).extracting(card -> card.quotationId())
                .containsExactlyInAnyOrderElementsOf(quotations.get("P44").stream().map(Quotation::id).toList());

        // The Total is the last column.
        robot.push(KeyCode.END);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        int total = quotations.values().stream().mapToInt(List::size).sum();
        assertThat(citations().cellTitleProperty().get()).isEqualTo("Sixty voices · Total: " + total + " quotations");
    }

    @Test
    void clickingAParticipantsHeaderSortsByThatColumnLargestFirstThenSmallestFirst(FxRobot robot) {
        openWideTable(robot);
        robot.interact(executor::runAll);
        CitationCanvas canvas = canvas(robot);
        assertThat(citations().table().orElseThrow().rows().get(0).code().name()).isNotEqualTo("Sixty voices");

        Position p44 = cellOf(canvas, "P44");
        robot.interact(() -> canvas.moveTo(new Position(0, p44.column())));
        Bounds top = canvas.cellBounds(new Position(0, p44.column()));
        robot.clickOn(canvas.localToScreen(top.getCenterX(), top.getMinY() - 12));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(executor::runAll);

        String key = canvas.columns().get(p44.column()).key();
        assertThat(citations().orderProperty().get()).isEqualTo(RowOrder.byColumn(key, SortDirection.DESCENDING));
        List<CitationRow> rows = citations().table().orElseThrow().rows();
        assertThat(rows.get(0).code().name()).as("the only code P44 was coded with").isEqualTo("Sixty voices");
        assertThat(rows.get(0).cell(p44.column()).count()).isEqualTo(4);

        Bounds again = canvas.cellBounds(new Position(0, p44.column()));
        robot.clickOn(canvas.localToScreen(again.getCenterX(), again.getMinY() - 12));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(executor::runAll);
        assertThat(citations().orderProperty().get()).isEqualTo(RowOrder.byColumn(key, SortDirection.ASCENDING));
        List<CitationRow> ascending = citations().table().orElseThrow().rows();
        assertThat(ascending.get(ascending.size() - 1).code().name()).isEqualTo("Sixty voices");
    }
}
