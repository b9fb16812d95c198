package org.grounded.ui.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.grounded.files.AtomicFileWriter;
import org.grounded.export.report.ReportFormat;
import org.grounded.export.table.ExportFormat;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.TaskExecutor;
import org.grounded.files.FileNames;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Saves an analysis to a file the user chooses: the save dialog starts in the project's folder
 * with a suggested name, the file gets the format's extension, and the writing happens in the
 * background through {@link AtomicFileWriter#withoutBackup()} (a failed export leaves no half file). What
 * happened is told in {@link #messageProperty()}, or in an error dialog naming the file.
 */
public final class AnalysisExporter {

    private final Workspace workspace;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public AnalysisExporter(Workspace workspace, DialogService dialogs, TaskExecutor executor) {
        this.workspace = Objects.requireNonNull(workspace);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.executor = Objects.requireNonNull(executor);
    }

    /** "Saved citations.csv" after an export, "Copied …" after a copy; "" before. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void tell(String text) {
        message.set(text);
    }

    /**
     * Asks where to save and writes the content there.
     *
     * @param what     names the export in the dialog's title and messages ("citations table")
     * @param baseName the suggested file name without extension ("citations")
     * @return the file chosen, empty when the user cancelled
     */
    public Optional<Path> export(String what, String baseName, ExportFormat format, AtomicFileWriter.Content content) {
        return export(what, baseName, describe(format), format.extension(), content);
    }

    /** Asks where to save a report (quotations, codebook, memos) and writes it there; see above. */
    public Optional<Path> export(String what, String baseName, ReportFormat format, AtomicFileWriter.Content content) {
        return export(what, baseName, describe(format), format.option(), content);
    }

    private Optional<Path> export(String what, String baseName, String description, String extension,
                                  AtomicFileWriter.Content content) {
        Optional<Path> folder = workspace.session().flatMap(ProjectSession::file).map(Path::toAbsolutePath)
                .map(Path::getParent);
        String suggested = fileName(baseName) + "." + extension;
        FileChooserSpec spec = new FileChooserSpec(lang("Export %0 as %1", what, description), folder, suggested,
                List.of(new FileChooserSpec.FileFilter(description + " (*." + extension + ")", List.of(extension))));
        Optional<Path> chosen = dialogs.showSaveDialog(spec).map(file -> withExtension(file, extension));
        chosen.ifPresent(file -> {
            message.set(lang("Saving %0…", file.getFileName()));
            BackgroundTask.wrap(lang("Exporting %0", what), progress -> {
                AtomicFileWriter.withoutBackup().write(file, content);
                return file;
            }).onSuccess(written -> message.set(lang("Saved %0", written.getFileName())))
                    .onFailure(failure -> {
                        message.set("");
                        dialogs.showError(lang("Export failed"), lang("Grounded could not write %0 to %1:", what, file)
                                + "\n" + failure.getMessage(), failure);
                    })
                    .executeWith(executor);
        });
        return chosen;
    }

    static FileChooserSpec.FileFilter filterOf(ExportFormat format) {
        return new FileChooserSpec.FileFilter(describe(format) + " (*." + format.extension() + ")",
                List.of(format.extension()));
    }

    static String describe(ExportFormat format) {
        return switch (format) {
            case CSV -> "CSV";
            case TSV -> lang("tab-separated text");
            case XLSX -> lang("Excel workbook");
            case MARKDOWN -> "Markdown"; // NON-NLS: a format's name
            case HTML -> lang("HTML page");
            case DOCX -> lang("Word document");
        };
    }

    static String describe(ReportFormat format) {
        return switch (format) {
            case CSV -> "CSV";
            case XLSX -> lang("Excel workbook");
            case JSON -> "JSON";
            case MARKDOWN -> "Markdown"; // NON-NLS: a format's name
            case HTML -> lang("HTML page");
            case DOCX -> lang("Word document");
        };
    }

    /** Adds the format's extension unless the chosen name already has it. */
    static Path withExtension(Path file, ExportFormat format) {
        return withExtension(file, format.extension());
    }

    /** Adds the extension ("csv") unless the chosen name already ends with it (any case). */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        boolean hasIt = name.toLowerCase(Locale.ROOT).endsWith("." + extension)
                || extension.equals("html") && name.toLowerCase(Locale.ROOT).endsWith(".htm")
                || extension.equals("md") && name.toLowerCase(Locale.ROOT).endsWith(".markdown");
        return hasIt ? file : file.resolveSibling(name + "." + extension);
    }

    /** A file name from a project or table name: no characters file systems refuse. */
    static String fileName(String base) {
        return FileNames.safe(base, "export").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
