package org.grounded.ui.analysis.quotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.analysis.report.ReportStudy;
import org.grounded.export.table.Rfc4180;
import org.grounded.model.Quotation;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quotations browser over the hand-made study: filter by a category, read the rows, copy a
 * citation with Ctrl+Shift+C, export the list as CSV and read it back, jump to the transcript.
 */
@ExtendWith(ApplicationExtension.class)
class QuotationsBrowserViewTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path folder;

    private final ReportStudy study = new ReportStudy();
    private final StubDialogService dialogs = new StubDialogService();
    private final AnalysisFixture.RecordingClipboard clipboard = new AnalysisFixture.RecordingClipboard();
    private Workspace workspace;
    private Quotation feelings;

    @Start
    void start(Stage stage) {
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", MONDAY, study.fe);
        feelings = study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", MONDAY, study.alegria, study.miedo);
        study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", MONDAY, study.motivacion);
        study.code(study.maria, "volví a donar, por fe.", "Ana", MONDAY, study.fe);
        workspace = AnalysisFixture.workspaceWith(study.project);
        QuotationsBrowserViewModel viewModel = new QuotationsBrowserViewModel(workspace, dialogs,
                new CurrentThreadTaskExecutor(), clipboard);
        stage.setScene(new Scene(new QuotationsBrowserView(viewModel), 1240, 780));
        stage.show();
        viewModel.setActive(true);
    }

    @Test
    void aCategoryListsItsQuotationsCopiesACitationAndExportsThem(FxRobot robot) throws Exception {
        TableView<QuotationRow> table = table(robot);
        assertThat(table.getItems()).hasSize(4);

        @SuppressWarnings("unchecked")
        CheckComboBox<Choice<java.util.UUID>> codes = robot.lookup("#quotations-codes").queryAs(CheckComboBox.class);
        robot.interact(() -> codes.getCheckModel().check(codes.getItems().stream()
                .filter(choice -> choice.label().equals("Motivación")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(QuotationRow::text)
                .containsExactly("doné porque mi niña nació prematura.", "Sentí alegría 💛 y miedo.");
        assertThat(robot.lookup("#quotations-count").queryAs(Label.class).getText()).isEqualTo("2 of 4 quotations");

        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        robot.interact(table::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard.last()).isEqualTo("María, 01-maria, ¶2: «Sentí alegría 💛 y miedo.»");

        // The details hold the quotation in its lines, two lines of context around it, the quotation marked.
        TextFlow context = robot.lookup("#quotations-context").queryAs(TextFlow.class);
        assertThat(context.getChildren()).extracting(node -> ((Text) node).getText()).containsExactly(
                "Entrevistadora: ¿Por qué donó?\nMaría: Yo 😀 doné porque mi niña nació prematura. ",
                "Sentí alegría 💛 y miedo.", "\nEntrevistadora: ¿Y después?\nMaría: Después volví a donar, por fe.");
        assertThat(context.getChildren().get(1).getStyleClass()).contains("passage-quoted");

        Path csv = folder.resolve("motivacion.csv");
        dialogs.saveFiles.push(Optional.of(csv));
        robot.clickOn("#quotations-export");
        robot.clickOn("CSV (one row per quotation)");
        WaitForAsyncUtils.waitForFxEvents();

        List<List<String>> records = Rfc4180.parse(Files.readString(csv, StandardCharsets.UTF_8), ',');
        int donated = ReportStudyText.MARIA.indexOf("doné porque");
        int felt = ReportStudyText.MARIA.indexOf("Sentí alegría");
        assertThat(records).containsExactly(
                List.of("document", "participant", "paragraph", "start", "end", "codes", "text", "comment", "coder",
                        "created"),
                List.of("01-maria", "María", "2", String.valueOf(donated),
                        String.valueOf(donated + "doné porque mi niña nació prematura.".length()), "Motivación",
                        "doné porque mi niña nació prematura.", "", "Luis", "2026-03-02T10:00:00Z"),
                List.of("01-maria", "María", "2", String.valueOf(felt),
                        String.valueOf(felt + "Sentí alegría 💛 y miedo.".length()), "Alegría; Miedo",
                        "Sentí alegría 💛 y miedo.", "", "Ana", "2026-03-02T10:00:00Z"));
    }

    @Test
    void enterShowsTheQuotationInTheTranscript(FxRobot robot) {
        TableView<QuotationRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems().get(1).quotation().id()).isEqualTo(feelings.id());
        assertThat(workspace.selectedDocumentProperty().get()).isEqualTo(study.maria.id());
        assertThat(workspace.selectedQuotationProperty().get()).isEqualTo(feelings.id());
    }

    @Test
    void aCoderFilterAndClearingTheFilters(FxRobot robot) {
        TableView<QuotationRow> table = table(robot);
        @SuppressWarnings("unchecked")
        CheckComboBox<Choice<String>> coders = robot.lookup("#quotations-coders").queryAs(CheckComboBox.class);
        assertThat(coders.getItems()).extracting(Choice::label).containsExactly("Ana", "Luis");
        robot.interact(() -> coders.getCheckModel().check(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(QuotationRow::text).containsExactly("doné porque mi niña nació prematura.");

        robot.clickOn("#quotations-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(4);
        assertThat(coders.getCheckModel().getCheckedItems()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static TableView<QuotationRow> table(FxRobot robot) {
        return robot.lookup("#quotations-table").queryAs(TableView.class);
    }

    /** The study's text, to find offsets by hand rather than through the code under test. */
    private static final class ReportStudyText {
        static final String MARIA = "Entrevistadora: ¿Por qué donó?\n"
                + "María: Yo 😀 doné porque mi niña nació prematura. Sentí alegría 💛 y miedo.\n"
                + "Entrevistadora: ¿Y después?\n"
                + "María: Después volví a donar, por fe.";
    }
}
