package org.grounded.ui.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.grounded.export.report.ReportOptions;
import org.grounded.export.report.StudyReport;
import org.grounded.files.AtomicFileWriter;
import org.grounded.files.FileNames;
import org.grounded.model.Project;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * File → Export study report…: asks for the report's folder, writes index.html, report.docx and the
 * figure there in the background (over a copy of the project, so coding can go on), and leaves
 * the options it used beside them as {@value #OPTIONS_FILE}, which {@code grounded report
 * --options} reads to rebuild the same report from a script.
 */
public final class StudyReportFlow {

    public static final String OPTIONS_FILE = "report-options.json";

    private final Workspace workspace;
    private final DialogService dialogs;
    private final TaskExecutor executor;

    public StudyReportFlow(Workspace workspace, DialogService dialogs, TaskExecutor executor) {
        this.workspace = Objects.requireNonNull(workspace);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.executor = Objects.requireNonNull(executor);
    }

    /** Asks for the folder and writes the report with the default options. */
    public void exportStudyReport() {
        exportStudyReport(ReportOptions.DEFAULTS);
    }

    /** Asks for the folder and writes the report with these options. */
    public void exportStudyReport(ReportOptions options) {
        Optional<ProjectSession> open = workspace.session();
        if (open.isEmpty()) {
            return;
        }
        ProjectSession session = open.get();
        Optional<Path> near = session.file().map(Path::toAbsolutePath).map(Path::getParent);
        String suggested = FileNames.safe(session.name(), "study").replaceAll("\\s+", "-") + "-report";
        Optional<Path> chosen = dialogs.showSaveDialog(new FileChooserSpec(
                lang("Export study report: name the folder for index.html and report.docx"), near, suggested, List.of()));
        if (chosen.isEmpty()) {
            return;
        }
        Path folder = chosen.get();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            dialogs.showError(lang("Export study report"), lang("%0 is a file; choose a folder name for the report.", folder));
            return;
        }
        Project copy = session.project().copy();
        BackgroundTask.wrap(lang("Writing the study report"), progress -> {
            List<Path> written = StudyReport.write(copy, options, folder);
            AtomicFileWriter.withoutBackup().write(folder.resolve(OPTIONS_FILE), out -> out.write(json(options)));
            return written;
        }).onSuccess(written -> dialogs.showInformation(lang("Study report written"),
                        lang("Wrote %0 files into %1: %2, and the options as %3.", written.size(), folder,
                                String.join(", ", written.stream().map(file -> file.getFileName().toString()).toList()),
                                OPTIONS_FILE)))
                .onFailure(failure -> dialogs.showError(lang("Export study report"),
                        lang("Grounded could not write the report into %0:", folder) + "\n" + failure.getMessage(), failure))
                .executeWith(executor);
    }

    /** The options as the options file holds them. */
    static byte[] json(ReportOptions options) throws java.io.IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(options);
    }
}
