package org.grounded.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.grounded.analysis.report.ReportStudy;
import org.grounded.cli.GroundedCommand;
import org.grounded.export.report.ReportOptions;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Export study report…: the folder the command line writes, and the options to rebuild it. */
class StudyReportFlowTest {

    @TempDir
    Path folder;

    @Test
    void theChosenFolderGetsTheReportAndTheOptionsTheCommandLineRebuildsItFrom() throws Exception {
        ReportStudy study = new ReportStudy();
        study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", Instant.parse("2026-03-02T10:00:00Z"), study.miedo);
        Workspace workspace = new Workspace();
        workspace.setSession(ProjectSession.untitled(study.project));
        StubDialogService dialogs = new StubDialogService();
        Path chosen = folder.resolve("apéndice");
        dialogs.reportOptions = options -> {
            options.folderProperty().set(chosen.toString());
            return true;
        };

        new StudyReportFlow(workspace, dialogs, new CurrentThreadTaskExecutor())
                .exportStudyReport(new ReportOptions("Apéndice B", 1, null, null, null, null));

        assertThat(dialogs.errors()).isEmpty();
        assertThat(chosen.resolve("report.docx")).isNotEmptyFile();
        assertThat(chosen.resolve("figure-1.png")).isNotEmptyFile();
        String page = Files.readString(chosen.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Apéndice B</h1>", "Sentí alegría 💛 y miedo.", "src=\"figure-1.svg\"");
        assertThat(dialogs.shown).anyMatch(shown -> shown.title().equals("Study report written"));

        // The options file rebuilds the same page from a script.
        Path project = folder.resolve("donacion.grounded");
        new ProjectFileStore().save(study.project, project);
        Path again = folder.resolve("again");
        int exit = new picocli.CommandLine(new GroundedCommand()).execute("report", project.toString(), "--options",
                chosen.resolve(StudyReportFlow.OPTIONS_FILE).toString(), "-o", again.toString());
        assertThat(exit).isZero();
        assertThat(Files.readString(again.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo(page);
    }

    @Test
    void cancellingWritesNothingAndAFileIsRefusedInOneLine() throws Exception {
        Workspace workspace = new Workspace();
        workspace.setSession(ProjectSession.untitled(new ReportStudy().project));
        StubDialogService dialogs = new StubDialogService();
        dialogs.reportOptions = options -> false;
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");
        StudyReportFlow flow = new StudyReportFlow(workspace, dialogs, new CurrentThreadTaskExecutor());

        flow.exportStudyReport();
        assertThat(dialogs.shown).isEmpty();
        dialogs.reportOptions = options -> {
            options.folderProperty().set(file.toString());
            return true;
        };
        flow.exportStudyReport();
        assertThat(dialogs.errors()).singleElement().extracting(shown -> shown.message()).asString()
                .endsWith("is a file; choose a folder name for the report.");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void theDialogStartsNextToTheProjectAndTheNextReportStartsFromTheLastOnesOptions() throws Exception {
        ReportStudy study = new ReportStudy();
        study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", Instant.parse("2026-03-02T10:00:00Z"), study.miedo);
        study.code(study.jose, "Mi fe 🙏 me llevó", "Luis", Instant.parse("2026-03-02T10:00:00Z"), study.fe);
        Path project = folder.resolve("donacion.grounded");
        new ProjectFileStore().save(study.project, project);
        Workspace workspace = new Workspace();
        workspace.setSession(ProjectSession.opened(new ProjectFileStore().load(project), project, null,
                ProjectSession.OpenMode.READ_ONLY));
        StubDialogService dialogs = new StubDialogService();
        dialogs.reportOptions = options -> {
            options.sectionProperty(org.grounded.export.report.ReportSection.MEMOS).set(false);
            options.coderProperty("Luis").set(true);
            return true;
        };
        StudyReportFlow flow = new StudyReportFlow(workspace, dialogs, new CurrentThreadTaskExecutor());

        flow.exportStudyReport();

        ReportOptionsViewModel first = dialogs.lastReportOptions;
        assertThat(first.coders()).containsExactly("Ana", "Luis");
        assertThat(first.offersCoderChoice()).isTrue();
        Path written = first.folder().orElseThrow();
        assertThat(written.getParent()).isEqualTo(folder.toAbsolutePath());
        assertThat(written.getFileName().toString()).endsWith("-report");
        String page = Files.readString(written.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("Mi fe 🙏 me llevó").doesNotContain("Sentí alegría", "6. Memos", ">Memos<");
        assertThat(ReportOptionsFileOf(written).coders()).containsExactly("Luis");

        dialogs.reportOptions = options -> false;
        flow.exportStudyReport();
        assertThat(dialogs.lastReportOptions.sectionProperty(org.grounded.export.report.ReportSection.MEMOS).get()).isFalse();
        assertThat(dialogs.lastReportOptions.coderProperty("Luis").get()).isTrue();
        assertThat(dialogs.lastReportOptions.folder()).contains(written);
    }

    private static ReportOptions ReportOptionsFileOf(Path reportFolder) {
        return org.grounded.export.report.ReportOptionsFile.read(reportFolder.resolve(StudyReportFlow.OPTIONS_FILE));
    }
}
