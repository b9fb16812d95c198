package org.grounded.ui.refi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.refi.ExternalSources;
import org.grounded.io.refi.QdpxPositions;
import org.grounded.io.refi.RefiCodebookImport;
import org.grounded.io.refi.RefiImportException;
import org.grounded.io.refi.RefiProjectImport;
import org.grounded.model.Change;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.ui.common.Formats;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.grounded.files.FileNames;
import org.grounded.ui.session.Editor;
import static org.grounded.ui.dialog.ErrorMessages.messageOf;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Exchange with other tools through REFI-QDA, from the File menu: import a .qdpx as a new project,
 * export the open project as a .qdpx, merge a .qdc codebook into the open project (one undoable
 * edit, after a preview), and export the codebook. Files are read and written in the background
 * with progress in the status bar; every outcome ends in a dialog that says what happened.
 */
public final class RefiExchangeFlow {

    /** Shows a newly imported project, closing the open one first under the unsaved-work rules. */
    @FunctionalInterface
    public interface ProjectOpening {
        /** @param whenOpen runs once the project is shown; not at all when the user kept the old one open */
        void open(ProjectSession session, Runnable whenOpen);
    }

    static FileChooserSpec.FileFilter projectFiles() {
        return new FileChooserSpec.FileFilter(lang("REFI-QDA projects (*.qdpx)"), List.of(RefiExchange.PROJECT_EXTENSION));
    }

    static FileChooserSpec.FileFilter codebookFiles() {
        return new FileChooserSpec.FileFilter(lang("REFI-QDA codebooks (*.qdc)"), List.of(RefiExchange.CODEBOOK_EXTENSION));
    }
    private static final Logger LOG = LoggerFactory.getLogger(RefiExchangeFlow.class);

    private final RefiExchange refi;
    private final Editor editor;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ProjectOpening opening;
    private final Supplier<Optional<Path>> defaultFolder;
    private final RequestSequence requests = new RequestSequence();
    private BackgroundTask<?> pendingImport;
    /** Where the last REFI-QDA file came from or went to: the next chooser starts there. */
    private Path lastFolder;

    /** @param defaultFolder where choosers start before any REFI-QDA file was used */
    public RefiExchangeFlow(RefiExchange refi, Editor editor, TaskExecutor executor,
                            ProjectOpening opening, Supplier<Optional<Path>> defaultFolder) {
        this.refi = Objects.requireNonNull(refi);
        this.editor = Objects.requireNonNull(editor);
        this.workspace = editor.workspace();
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = editor.dialogs();
        this.opening = Objects.requireNonNull(opening);
        this.defaultFolder = Objects.requireNonNull(defaultFolder);
    }

    // ---- import a project ---------------------------------------------------------------------

    /** Asks for a .qdpx and imports it as a new project. */
    public void importProject() {
        chooseToOpen(lang("Import project (REFI-QDA)"), projectFiles()).ifPresent(this::importProject);
    }

    /**
     * Reads a .qdpx in the background (the user may cancel it from the status bar), then opens it
     * as a new untitled project and shows the report. A refused file changes nothing. Files outside
     * the archive are not read unless the user, asked with the files named, ticks the box that
     * reads them; the archive is then read again with them.
     */
    public void importProject(Path file) {
        importProject(file, ExternalSources.LEFT_OUT);
    }

    private void importProject(Path file, ExternalSources external) {
        cancelPending();
        long ticket = requests.next();
        BackgroundTask<RefiProjectImport> task = BackgroundTask.wrap(lang("Importing %0", file.getFileName()),
                        progress -> refi.readProject(file, external, progress))
                .cancellable()
                .onSuccess(imported -> {
                    if (!requests.isCurrent(ticket)) {
                        LOG.debug("Dropping the stale import of {}", file);
                        return;
                    }
                    LOG.info("Imported {}: {}", file, imported.report().lines());
                    if (!imported.report().external().isEmpty()) {
                        ExternalSourcesViewModel question = new ExternalSourcesViewModel(imported.report());
                        if (!dialogs.showDialog(question, ExternalSourcesView::new)) {
                            return;
                        }
                        if (question.choice() == ExternalSources.READ) {
                            importProject(file, ExternalSources.READ);
                            return;
                        }
                    }
                    ProjectSession session = ProjectSession.imported(imported.project(), suggestedProjectFile(file));
                    opening.open(session, () -> show(RefiSummary.ofProjectImport(imported.report())));
                })
                .onFailure(e -> {
                    if (requests.isCurrent(ticket)) {
                        importFailed(lang("Cannot import project"), file, e);
                    }
                });
        task.onFinished(() -> {
            if (pendingImport == task) {
                pendingImport = null;
            }
        });
        pendingImport = task;
        task.executeWith(executor);
    }

    /** Drops a project import still running and asks it to stop (the user opened or closed a project). */
    public void cancelPending() {
        requests.invalidate();
        if (pendingImport != null) {
            pendingImport.cancel();
        }
    }

    /**
     * {@code NAME.grounded} next to the .qdpx, numbered when that name is taken; in the usual
     * folder instead when the archive's folder cannot be written (a shared or read-only drive).
     */
    private Path suggestedProjectFile(Path qdpx) {
        Path absolute = qdpx.toAbsolutePath();
        Path folder = Optional.ofNullable(absolute.getParent()).filter(Files::isWritable)
                .or(() -> defaultFolder.get().filter(Files::isWritable))
                .orElse(Path.of(System.getProperty("user.home")));
        return freeName(folder, baseName(absolute.getFileName().toString()));
    }

    static Path freeName(Path folder, String base) {
        Path candidate = folder.resolve(base + ProjectFileStore.EXTENSION);
        for (int number = 2; Files.exists(candidate) && number < 1000; number++) {
            candidate = folder.resolve(base + " (" + number + ")" + ProjectFileStore.EXTENSION);
        }
        return candidate;
    }

    // ---- import a codebook --------------------------------------------------------------------

    /** Asks for a .qdc, previews its codes, and merges it into the open project as one undoable edit. */
    public void importCodebook() {
        Optional<ProjectSession> open = workspace.session().filter(session -> !session.isReadOnly());
        if (open.isEmpty()) {
            return;
        }
        chooseToOpen(lang("Import codebook (.qdc)"), codebookFiles()).ifPresent(file -> importCodebook(open.get(), file));
    }

    private void importCodebook(ProjectSession session, Path file) {
        BackgroundTask.wrap(lang("Reading %0", file.getFileName()), progress -> refi.readCodebook(file))
                .onSuccess(codebook -> {
                    if (session.isClosed() || workspace.session().orElse(null) != session) {
                        LOG.debug("Dropping a codebook read for a project that was closed");
                        return;
                    }
                    merge(session, file, codebook);
                })
                .onFailure(e -> importFailed(lang("Cannot import codebook"), file, e))
                .executeWith(executor);
    }

    private void merge(ProjectSession session, Path file, RefiCodebookImport codebook) {
        String fileName = file.getFileName().toString();
        EntityEdit merge = codebook.mergeInto(session.project());
        CodebookPreviewViewModel preview = new CodebookPreviewViewModel(fileName, session.name(), codebook, merge);
        if (!preview.addsAnything()) {
            dialogs.showInformation(lang("Nothing to import"), preview.rows().isEmpty()
                    ? lang("%0 holds no codes. The project is unchanged.", fileName)
                    : lang("Every code in %0 (%1) is already in %2. The project is unchanged.", fileName,
                            Formats.plural(preview.rows().size(), lang("%0 code"), lang("%0 codes")), session.name()));
            return;
        }
        if (!dialogs.showDialog(preview, CodebookPreviewView::new)) {
            return;
        }
        try {
            editor.performPrepared(session, merge.withName(EditName.of("Import codebook %0", fileName)));
        } catch (RuntimeException e) {
            LOG.warn("Merging the codebook {} failed", file, e);
            dialogs.showError(lang("Cannot import codebook"), lang("The codes of %0 could not be added to %1:\n%2\n\nThe project is unchanged.",
                    fileName, session.name(), messageOf(e)), e);
            return;
        }
        show(RefiSummary.ofCodebookImport(codebook.report(), preview.newCodes(), preview.existingCodes(),
                preview.newGroups()));
    }

    // ---- exports ------------------------------------------------------------------------------

    /** Asks for a .qdpx file and writes the open project to it (read-only projects too). */
    public void exportProject() {
        Optional<ProjectSession> open = workspace.session();
        if (open.isEmpty()) {
            return;
        }
        ProjectSession session = open.get();
        Optional<Path> chosen = chooseToSave(lang("Export project (REFI-QDA)"), session, "", projectFiles());
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        Optional<QdpxPositions> positions = choosePositions(session.project());
        if (positions.isEmpty()) {
            return;
        }
        // The exporter reads the project on its own thread: give it a copy taken here.
        Project copy = session.project().copy();
        BackgroundTask.wrap(lang("Exporting %0", target.getFileName()),
                        progress -> refi.exportProject(copy, target, positions.get(), progress))
                .cancellable()
                .onSuccess(report -> show(RefiSummary.ofProjectExport(report)))
                .onFailure(e -> exportFailed(target, e))
                .executeWith(executor);
    }

    /**
     * How to count positions, asked only when it matters: when a document holds characters beyond
     * U+FFFF (emoji), which the standard counts as one and NVivo as two. Empty when cancelled.
     */
    private Optional<QdpxPositions> choosePositions(Project project) {
        boolean matters = project.documents().stream()
                .anyMatch(document -> document.text().codePoints().anyMatch(Character::isSupplementaryCodePoint));
        if (!matters) {
            return Optional.of(QdpxPositions.CODE_POINTS);
        }
        return dialogs.choose(lang("Export project (REFI-QDA)"),
                lang("Some documents hold emoji or other characters that tools count differently. Count selection positions as the REFI-QDA standard does (ATLAS.ti, MAXQDA, QualCoder), or as NVivo does?"),
                List.of(new DialogService.Choice<>(QdpxPositions.CODE_POINTS, lang("Standard (code points)")),
                        new DialogService.Choice<>(QdpxPositions.UTF16, lang("For NVivo (UTF-16)"))));
    }

    /** Asks for a .qdc file and writes the open project's codes and code groups to it. */
    public void exportCodebook() {
        Optional<ProjectSession> open = workspace.session();
        if (open.isEmpty()) {
            return;
        }
        ProjectSession session = open.get();
        if (session.project().codes().isEmpty()) {
            dialogs.showInformation(lang("No codes to export"),
                    lang("%0 has no codes yet, so there is no codebook to export.", session.name()));
            return;
        }
        Optional<Path> chosen = chooseToSave(lang("Export codebook (.qdc)"), session, lang(" codebook"), codebookFiles());
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        Project copy = session.project().copy();
        BackgroundTask.wrap(lang("Exporting %0", target.getFileName()), progress -> refi.exportCodebook(copy, target))
                .onSuccess(report -> show(RefiSummary.ofCodebookExport(report)))
                .onFailure(e -> exportFailed(target, e))
                .executeWith(executor);
    }

    // ---- shared -------------------------------------------------------------------------------

    private Optional<Path> chooseToOpen(String title, FileChooserSpec.FileFilter filter) {
        Optional<Path> file = dialogs.showOpenDialog(new FileChooserSpec(title, startFolder(), "", List.of(filter)));
        file.ifPresent(chosen -> lastFolder = chosen.toAbsolutePath().getParent());
        return file;
    }

    /** A save chooser proposing the project's name with {@code suffix} ("Milk donation codebook.qdc"). */
    private Optional<Path> chooseToSave(String title, ProjectSession session, String suffix,
                                        FileChooserSpec.FileFilter filter) {
        String extension = filter.extensions().get(0);
        String base = session.file().map(file -> baseName(file.getFileName().toString()))
                .orElse(FileNames.safe(session.name(), "study"));
        Optional<Path> folder = lastFolder != null ? Optional.of(lastFolder)
                : session.file().map(file -> file.toAbsolutePath().getParent()).or(defaultFolder);
        Optional<Path> file = dialogs.showSaveDialog(new FileChooserSpec(title, folder, base + suffix + "." + extension,
                List.of(filter))).map(chosen -> FileNames.withExtension(chosen, extension));
        file.ifPresent(chosen -> lastFolder = chosen.toAbsolutePath().getParent());
        return file;
    }

    private Optional<Path> startFolder() {
        return Optional.ofNullable(lastFolder)
                .or(() -> workspace.session().flatMap(ProjectSession::file).map(file -> file.toAbsolutePath().getParent()))
                .or(defaultFolder);
    }

    private void importFailed(String title, Path file, Exception e) {
        if (e instanceof CancellationException) {
            LOG.info("Import of {} cancelled", file);
        } else if (e instanceof RefiImportException refused) {
            // The message names the file and the problem; nothing was read into the window.
            LOG.warn("Refused {}: {}", file, refused.getMessage());
            dialogs.showError(title, lang("%0\n\nNothing was imported.", refused.getMessage()));
        } else {
            LOG.error("Importing {} failed", file, e);
            dialogs.showError(title, lang("Grounded could not import %0:\n%1\n\nNothing was imported.", file, messageOf(e)), e);
        }
    }

    private void exportFailed(Path target, Exception e) {
        if (e instanceof CancellationException) {
            LOG.info("Export to {} cancelled", target);
            dialogs.showInformation(lang("Export cancelled"), lang("Nothing was written to %0.", target.getFileName()));
            return;
        }
        LOG.warn("Exporting to {} failed", target, e);
        dialogs.showError(lang("Cannot export"),
                lang("Grounded could not write %0:\n%1\n\nThe project itself is unchanged.", target, messageOf(e)), e);
    }

    private void show(RefiSummary summary) {
        if (summary.details().isEmpty()) {
            dialogs.showInformation(summary.title(), summary.message());
        } else {
            dialogs.showInformation(summary.title(), summary.message(), summary.details());
        }
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base.isBlank() ? "study" : base;
    }

}
