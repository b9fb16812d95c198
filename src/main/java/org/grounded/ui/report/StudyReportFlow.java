package org.grounded.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.grounded.analysis.agreement.CodingsByCoder;
import org.grounded.export.report.ReportOptions;
import org.grounded.export.report.ReportOptionsFile;
import org.grounded.export.report.StudyReport;
import org.grounded.files.AtomicFileWriter;
import org.grounded.files.FileNames;
import org.grounded.model.Project;
import org.grounded.model.SavedNetwork;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * File → Export study report…: shows the report's options and folder ({@link ReportOptionsView}), writes index.html, report.docx and the
 * figure there in the background (over a copy of the project, so coding can go on), and leaves
 * the options it used beside them as {@value #OPTIONS_FILE}, which {@code grounded report
 * --options} reads to rebuild the same report from a script.
 */
public final class StudyReportFlow {

    public static final String OPTIONS_FILE = "report-options.json";

    private final Workspace workspace;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    /** The options and folder of the last report of this window, which the next one starts from. */
    private ReportOptions last = ReportOptions.DEFAULTS;
    private Optional<Path> lastFolder = Optional.empty();

    public StudyReportFlow(Workspace workspace, DialogService dialogs, TaskExecutor executor) {
        this.workspace = Objects.requireNonNull(workspace);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.executor = Objects.requireNonNull(executor);
    }

    /** Shows the report's options (the defaults, or those of the last report) and writes the report. */
    public void exportStudyReport() {
        exportStudyReport(last);
    }

    /** Shows the report's options, starting from these, and writes the report into the folder chosen there. */
    public void exportStudyReport(ReportOptions initial) {
        Optional<ProjectSession> open = workspace.session();
        if (open.isEmpty()) {
            return;
        }
        ProjectSession session = open.get();
        Project project = session.project();
        Optional<Path> near = session.file().map(Path::toAbsolutePath).map(Path::getParent);
        String suggested = FileNames.safe(session.name(), "study").replaceAll("\\s+", "-") + "-report";
        ReportOptionsViewModel choice = new ReportOptionsViewModel(dialogs, initial,
                project.networks().stream().map(SavedNetwork::name).toList(), CodingsByCoder.coders(project), near,
                lastFolder.or(() -> near.map(folder -> folder.resolve(suggested))));
        choice.defaultTitleProperty().set("Study report: " + project.info().name()); // NON-NLS: the report is written in English, as the command line writes it
        if (!dialogs.showDialog(choice, ReportOptionsView::new)) {
            return;
        }
        ReportOptions options = choice.options();
        last = options;
        Optional<Path> named = choice.folder();
        if (named.isEmpty()) {
            dialogs.showError(lang("Export study report"),
                    lang("Name the folder to write the report into."));
            return;
        }
        Path folder = named.get();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            dialogs.showError(lang("Export study report"), lang("%0 is a file; choose a folder name for the report.", folder));
            return;
        }
        lastFolder = Optional.of(folder);
        Project copy = session.project().copy();
        BackgroundTask.wrap(lang("Writing the study report"), progress -> {
            List<Path> written = StudyReport.write(copy, options, folder);
            AtomicFileWriter.withoutBackup().write(folder.resolve(OPTIONS_FILE),
                    out -> out.write(ReportOptionsFile.json(options)));
            return written;
        }).onSuccess(written -> dialogs.showInformation(lang("Study report written"),
                        lang("Wrote %0 files into %1: %2, and the options as %3.", written.size(), folder,
                                String.join(", ", written.stream().map(file -> file.getFileName().toString()).toList()),
                                OPTIONS_FILE)))
                .onFailure(failure -> dialogs.showError(lang("Export study report"),
                        lang("Grounded could not write the report into %0:", folder) + "\n" + failure.getMessage(), failure))
                .executeWith(executor);
    }
}
