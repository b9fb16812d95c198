package org.grounded.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.grounded.analysis.report.Grouping;
import org.grounded.analysis.report.ReportStudy;
import org.grounded.cli.GroundedCommand;
import org.grounded.export.report.ReportFiles;
import org.grounded.export.report.ReportOptions;
import org.grounded.export.report.ReportOptionsFile;
import org.grounded.export.report.ReportSection;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.main.GroundedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.NodeList;

/**
 * The study report's options dialog, answered with the mouse: what is chosen there and saved with
 * "Save report options…" is what {@code grounded report --options} writes, and a broken options
 * file is refused in one line.
 */
@ExtendWith(ApplicationExtension.class)
class ReportOptionsViewTest {

    @TempDir
    Path folder;

    private Stage owner;
    private ReportOptionsView dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.close();
            }
        });
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private ReportOptionsViewModel show(FxRobot robot, StubDialogService dialogs, ReportStudy study) {
        ReportOptionsViewModel viewModel = new ReportOptionsViewModel(dialogs, ReportOptions.DEFAULTS, List.of(),
                org.grounded.analysis.agreement.CodingsByCoder.coders(study.project), Optional.of(folder),
                Optional.of(folder.resolve("report")));
        robot.interact(() -> {
            dialog = new ReportOptionsView(viewModel);
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().add(GroundedApp.stylesheet());
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return viewModel;
    }

    private static ReportStudy study() {
        ReportStudy study = new ReportStudy();
        Instant monday = Instant.parse("2026-03-02T10:00:00Z");
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", monday, study.fe);
        study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", monday, study.motivacion);
        study.memo("Fe y donación", "La fe aparece dos veces.", "Ana", Instant.parse("2026-03-05T00:00:00Z"),
                study.fe.id());
        return study;
    }

    @Test
    void theOptionsChosenAndSavedInTheDialogRebuildTheSameSectionsFromTheCommandLine(FxRobot robot) throws Exception {
        ReportStudy study = study();
        Path project = folder.resolve("donacion.grounded");
        new ProjectFileStore().save(study.project, project);
        StubDialogService dialogs = new StubDialogService();
        Path optionsFile = folder.resolve("options.json");
        dialogs.saveFiles.add(Optional.of(optionsFile));
        show(robot, dialogs, study);

        robot.clickOn("#report-section-cooccurrence");
        robot.clickOn("#report-section-memos");
        robot.clickOn("Luis");
        robot.clickOn("#report-examples .decrement-arrow-button");
        robot.clickOn("#report-examples .decrement-arrow-button");
        robot.clickOn("#report-grouping");
        robot.clickOn("By participant");
        robot.clickOn("#report-save-options");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors()).isEmpty();
        ReportOptions saved = ReportOptionsFile.read(optionsFile);
        assertThat(saved.sections()).containsExactly(ReportSection.CITATIONS, ReportSection.STATISTICS,
                ReportSection.CODEBOOK, ReportSection.QUOTATIONS, ReportSection.NETWORK);
        assertThat(saved.coders()).containsExactly("Luis");
        assertThat(saved.examples()).isEqualTo(1);
        assertThat(saved.grouping()).isEqualTo(Grouping.PARTICIPANT);

        Path out = folder.resolve("from-the-script");
        int exit = new picocli.CommandLine(new GroundedCommand()).execute("report", project.toString(), "--options",
                optionsFile.toString(), "-o", out.toString());
        assertThat(exit).isZero();
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(texts(ReportFiles.xml(html).getElementsByTagName("h2"))).containsExactly(
                "1. Citations by participant", "2. Participant statistics", "3. Codebook",
                "4. Quotations by category", "5. Semantic network");
        // Unticked: no co-occurrence, no memos; only Luis's codings count, so Ana's quotation is nowhere.
        assertThat(html).contains("doné porque mi niña nació prematura.")
                .doesNotContain("Co-occurrence", "Fe y donación", "La fe aparece", "Mi fe 🙏 me llevó");
        List<String> headings = ReportFiles.docx(Files.newInputStream(out.resolve("report.docx"))).stream()
                .filter(paragraph -> "Heading1".equals(paragraph.style())).map(ReportFiles.Paragraph::text).toList();
        assertThat(headings).containsExactly("Study report: Donación", "1. Citations by participant",
                "2. Participant statistics", "3. Codebook", "4. Quotations by category", "5. Semantic network");
    }

    @Test
    void theFiguresCutOffIsChosenSavedLoadedAndShownOnlyWithTheNetworkSection(FxRobot robot) throws Exception {
        StubDialogService dialogs = new StubDialogService();
        Path optionsFile = folder.resolve("figure.json");
        dialogs.saveFiles.add(Optional.of(optionsFile));
        ReportOptionsViewModel viewModel = show(robot, dialogs, study());
        javafx.scene.Node links = robot.lookup("#report-figure-links").query();
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Double> weight = robot.lookup("#report-figure-min-weight")
                .queryAs(javafx.scene.control.Spinner.class);
        assertThat(links.isVisible()).isTrue();
        assertThat(weight.isDisabled()).as("unticked: the strongest links, as by default").isTrue();
        assertThat(viewModel.options().figureMinWeight()).isNull();

        robot.clickOn("#report-figure-cut");
        robot.clickOn("#report-figure-min-weight .increment-arrow-button");
        robot.clickOn("#report-figure-min-weight .increment-arrow-button");
        assertThat(weight.isDisabled()).isFalse();
        assertThat(viewModel.options().figureMinWeight()).isEqualTo(3.0);
        robot.clickOn("#report-save-options");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(ReportOptionsFile.read(optionsFile).figureMinWeight()).isEqualTo(3.0);
        assertThat(Files.readString(optionsFile)).contains("\"figureMinWeight\"");

        robot.clickOn("#report-section-network");
        assertThat(links.isVisible()).as("without the figure's section").isFalse();
        robot.clickOn("#report-section-network");

        // Another file's cut-off is shown as it is, 0 drawing every link; one without it unticks the box.
        Path everyLink = folder.resolve("every-link.json");
        Files.writeString(everyLink, "{\"figureMinWeight\": 0}");
        Path none = folder.resolve("none.json");
        Files.writeString(none, "{\"title\": \"Informe\"}");
        dialogs.openFiles.add(Optional.of(everyLink));
        dialogs.openFiles.add(Optional.of(none));
        robot.clickOn("#report-load-options");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(weight.getValue()).isEqualTo(0.0);
        assertThat(weight.getEditor().getText()).isEqualTo("0");
        assertThat(robot.lookup("#report-figure-cut").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(viewModel.options().figureMinWeight()).isEqualTo(0.0);
        robot.clickOn("#report-load-options");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#report-figure-cut").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        assertThat(viewModel.options().figureMinWeight()).isNull();
    }

    @Test
    void aBrokenOptionsFileIsRefusedInOneLineAndAGoodOneIsShown(FxRobot robot) throws Exception {
        StubDialogService dialogs = new StubDialogService();
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"sections\": [\"CODEBOOK\",");
        Path good = Files.writeString(folder.resolve("good.json"), "{\"sections\": [\"codebook\"], \"coders\": [\"ana\"]}");
        dialogs.openFiles.add(Optional.of(broken));
        dialogs.openFiles.add(Optional.of(good));
        show(robot, dialogs, study());

        robot.clickOn("#report-load-options");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.message()).startsWith("Report options " + broken + ": ").doesNotContain("\n");
        });
        assertThat(robot.lookup("#report-section-memos").queryAs(CheckBox.class).isSelected()).isTrue();

        robot.clickOn("#report-load-options");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#report-section-memos").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#report-section-codebook").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("Ana").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("Luis").queryAs(CheckBox.class).isSelected()).isFalse();
    }
}
