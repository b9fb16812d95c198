package org.grounded.ui.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.grounded.export.table.ExportFormat;
import org.grounded.export.table.ParticipantsTableExport;
import org.grounded.export.table.TextGrid;
import org.grounded.files.AtomicFileWriter;
import org.grounded.ui.common.Formats;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * File → Export participants table…: participants × attributes as CSV or an Excel workbook, in
 * the layout Import from spreadsheet reads, so the file can be edited and imported back. The
 * table is taken from the project at once and written in the background.
 */
public final class ParticipantsTableExportFlow {

    static final FileChooserSpec.FileFilter CSV = new FileChooserSpec.FileFilter("CSV (*.csv)", List.of("csv")); // NON-NLS: a format's name

    static FileChooserSpec.FileFilter xlsx() {
        return new FileChooserSpec.FileFilter(lang("Excel workbook (*.xlsx)"), List.of("xlsx"));
    }

    private final Workspace workspace;
    private final DialogService dialogs;
    private final TaskExecutor executor;

    public ParticipantsTableExportFlow(Workspace workspace, DialogService dialogs, TaskExecutor executor) {
        this.workspace = Objects.requireNonNull(workspace);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.executor = Objects.requireNonNull(executor);
    }

    /** Asks where to save, then writes the table (CSV unless the name ends in .xlsx or .tsv). */
    public void start() {
        Optional<ProjectSession> open = workspace.session();
        if (open.isEmpty()) {
            return;
        }
        ProjectSession session = open.get();
        Optional<Path> folder = session.file().map(Path::toAbsolutePath).map(Path::getParent);
        String suggested = lang("%0 participants.csv",
                session.project().info().name().replaceAll("[\\\\/:*?\"<>|]", " ").strip());
        dialogs.showSaveDialog(new FileChooserSpec(lang("Export the participants table"), folder, suggested,
                List.of(CSV, xlsx()))).ifPresent(chosen -> write(session, chosen));
    }

    private void write(ProjectSession session, Path chosen) {
        Optional<ExportFormat> named = ExportFormat.ofFileName(chosen.getFileName().toString())
                .filter(format -> format == ExportFormat.CSV || format == ExportFormat.XLSX
                        || format == ExportFormat.TSV);
        ExportFormat format = named.orElse(ExportFormat.CSV);
        Path file = named.isPresent() ? chosen : chosen.resolveSibling(chosen.getFileName() + ".csv");
        TextGrid grid = ParticipantsTableExport.grid(session.project());
        String summary = Formats.plural(grid.rows().size(), lang("%0 participant"), lang("%0 participants")) + ", "
                + Formats.plural(grid.header().size() - 1L, lang("%0 attribute"), lang("%0 attributes"));
        BackgroundTask.wrap(lang("Exporting the participants table"), progress -> {
            AtomicFileWriter.withoutBackup().write(file, out -> ParticipantsTableExport.write(grid, format, out));
            return file;
        }).onSuccess(written -> dialogs.showInformation(lang("Participants table exported"),
                lang("Wrote %0: %1. Import it again with Import participants from spreadsheet… after editing it; what is unchanged stays unchanged.",
                        written.getFileName(), summary)))
                .onFailure(failure -> dialogs.showError(lang("Export failed"),
                        lang("Grounded could not write the participants table to %0:\n%1", file, failure.getMessage())))
                .executeWith(executor);
    }
}
