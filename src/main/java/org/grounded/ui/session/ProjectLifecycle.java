package org.grounded.ui.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.grounded.files.FileNames;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.ProjectInfoEdit;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The open / save / close lifecycle of the window's one project: opening a file (closing the
 * current project properly first), a new project, Save and Save As (asking where, adding the
 * extension, remembering the file among the recent ones), and closing — saving unsaved work
 * first, asking what to do with a project that never had a file, and keeping it open when the
 * user cancels or a save fails and the user keeps it.
 *
 * <p>Features that run work for the open project (an import, an exchange) register what to
 * cancel when it closes ({@link #cancelOnClose}, {@link #cancelWhenClosed}); the window registers what to refresh when a
 * project opens or closes ({@link #onOpenedOrClosed}).
 */
public final class ProjectLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectLifecycle.class);
    /** The name of a new study until the user names it or saves it under a file name. */
    public static String untitled() {
        return lang("Untitled study");
    }

    public static FileChooserSpec.FileFilter projectFiles() {
        return new FileChooserSpec.FileFilter(lang("Grounded projects (*.grounded)"), List.of("grounded"));
    }

    /** The answers to "Save the new project?" (visible for tests). */
    public enum CloseChoice { SAVE, DISCARD }

    private final Workspace workspace;
    private final Editor editor;
    private final DialogService dialogs;
    private final ProjectStorage storage;
    private final ProjectLocker locker;
    private final TaskExecutor executor;
    private final RecentProjects recentProjects;
    private final Clock clock;
    private final ProjectOpener opener;
    private final ReadOnlyObjectWrapper<ProjectSaver> saver = new ReadOnlyObjectWrapper<>(this, "saver");
    private final List<Runnable> cancelOnClose = new ArrayList<>();
    private final List<Runnable> cancelWhenClosed = new ArrayList<>();
    private final List<Runnable> openedOrClosed = new ArrayList<>();
    private java.time.Duration autosaveInterval = ProjectSaver.JOURNALLED_AUTOSAVE_INTERVAL;

    public ProjectLifecycle(Editor editor, ProjectStorage storage, ProjectLocker locker, TaskExecutor executor,
                            RecentProjects recentProjects, Clock clock) {
        this.editor = Objects.requireNonNull(editor);
        this.workspace = editor.workspace();
        this.dialogs = editor.dialogs();
        this.storage = Objects.requireNonNull(storage);
        this.locker = Objects.requireNonNull(locker);
        this.executor = Objects.requireNonNull(executor);
        this.recentProjects = Objects.requireNonNull(recentProjects);
        this.clock = Objects.requireNonNull(clock);
        this.opener = new ProjectOpener(storage, locker, executor, dialogs, recentProjects, this::install);
        cancelOnClose.add(opener::cancelPending);
    }

    /**
     * How often the whole file is saved while the journal holds unsaved edits (the preference);
     * from the next edit on, for the open project too.
     */
    public void setAutosaveInterval(java.time.Duration interval) {
        autosaveInterval = Objects.requireNonNull(interval);
    }

    /** Cancels this (pending background work for the open project) before it closes. */
    public void cancelOnClose(Runnable cancel) {
        cancelOnClose.add(Objects.requireNonNull(cancel));
    }

    /** Cancels this (work the user may still want if the close is cancelled) once the project really closes. */
    public void cancelWhenClosed(Runnable cancel) {
        cancelWhenClosed.add(Objects.requireNonNull(cancel));
    }

    /** Runs this after a project opened or closed (the welcome page's recent list). */
    public void onOpenedOrClosed(Runnable refresh) {
        openedOrClosed.add(Objects.requireNonNull(refresh));
    }

    /** The name of the project file being opened, "" when none is. */
    public ReadOnlyStringProperty openingProperty() {
        return opener.openingProperty();
    }

    /** Stops opening a project: whatever the open reads is dropped, and the lock let go. */
    public void cancelOpening() {
        opener.cancelPending();
    }

    /** The open project's saver (autosave, status); null while none is open. */
    public ReadOnlyObjectProperty<ProjectSaver> saverProperty() {
        return saver.getReadOnlyProperty();
    }

    /** Closes the open project, then starts a new, empty one. */
    public void newProject(String name) {
        closeThen(() -> install(ProjectSession.untitled(Project.create(name, clock.instant()))));
    }

    /** Asks for a project file and opens it. */
    public void openProject() {
        dialogs.showOpenDialog(new FileChooserSpec(lang("Open project"), lastFolder(), "", List.of(projectFiles())))
                .ifPresent(this::openFile);
    }

    /** Opens a project file (from a chooser, the recent list, the command line or a drop). */
    public void openFile(Path file) {
        closeThen(() -> opener.open(file));
    }

    /** Opens a file the caller has just made (the sample's copy) once the current project is closed. */
    public void openWhenClosed(Path file) {
        opener.open(file);
    }

    /** Closes the current project, then shows {@code session} (an imported project) and runs {@code whenOpen}. */
    public void openSession(ProjectSession session, Runnable whenOpen) {
        closeThen(() -> {
            install(session);
            whenOpen.run();
        });
    }

    /** Saves to the project's file, or asks for one when the project is new. */
    public void save() {
        editor.commitPending();
        workspace.session().filter(session -> !session.isReadOnly()).ifPresent(session -> {
            if (session.file().isEmpty()) {
                saveAs();
            } else {
                saver.get().saveNow(ok -> { });
            }
        });
    }

    public void saveAs() {
        editor.commitPending();
        workspace.session().filter(session -> !session.isReadOnly())
                .ifPresent(session -> askSaveLocation(session).ifPresent(target -> saveAs(target, ok -> { })));
    }

    private void saveAs(Path target, Consumer<Boolean> done) {
        nameAfterFile(target);
        saver.get().saveAs(target, ok -> {
            if (ok) {
                recentProjects.add(target);
                openedOrClosed.forEach(Runnable::run);
            }
            done.accept(ok);
        });
    }

    /**
     * A study that was never named ("Untitled study") takes its file's name on its first save, as
     * one undoable edit: after Save As it is no longer called "Untitled study" (issue 18).
     */
    private void nameAfterFile(Path target) {
        workspace.session().filter(session -> untitled().equals(session.name())).ifPresent(session -> {
            String stem = FileNames.withoutProjectExtension(target.getFileName().toString()).strip();
            if (!stem.isBlank() && !stem.equals(untitled())) {
                ProjectInfo before = session.project().info();
                editor.performPrepared(session, new ProjectInfoEdit(before,
                        new ProjectInfo(stem, before.description(), before.createdAt())));
            }
        });
    }

    private Optional<Path> askSaveLocation(ProjectSession session) {
        Optional<Path> known = session.file().or(session::suggestedFile);
        String suggested = known.map(file -> file.getFileName().toString()).orElse(fileNameFor(session.name()));
        Optional<Path> folder = known.map(Path::getParent).or(this::lastFolder);
        return dialogs.showSaveDialog(new FileChooserSpec(lang("Save project as"), folder, suggested, List.of(projectFiles())))
                .map(file -> FileNames.withExtension(file, FileNames.PROJECT_EXTENSION));
    }

    static String fileNameFor(String projectName) {
        return FileNames.safe(projectName, "study") + FileNames.PROJECT_EXTENSION;
    }

    /** Shows a newly opened project; called by the opener on the user-interface thread. */
    private void install(ProjectSession session) {
        if (workspace.session().isPresent()) {
            // Only when an open finished while another project was shown: close that one properly first.
            closeThen(() -> install(session));
            return;
        }
        saver.set(new ProjectSaver(session, storage, locker, executor, dialogs, clock, () -> autosaveInterval));
        workspace.setSession(session);
        openedOrClosed.forEach(Runnable::run);
        session.project().documents().stream().findFirst()
                .ifPresent(document -> workspace.selectedDocumentProperty().set(document.id()));
        LOG.info("Opened {}", session.file().map(Object::toString).orElse("a new project"));
        session.recoveryMessage().ifPresent(message -> dialogs.showInformation(lang("Unsaved edits recovered"), message));
    }

    /**
     * Closes the open project, then runs {@code next}. Unsaved work is saved first; a project that
     * never had a file asks where to go (or may be discarded). If the user cancels or saving fails
     * and the user keeps it, the project stays open and {@code next} does not run.
     */
    public void closeThen(Runnable next) {
        editor.commitPending();
        cancelOnClose.forEach(Runnable::run);
        ProjectSession session = workspace.session().orElse(null);
        if (session == null) {
            next.run();
            return;
        }
        if (session.isReadOnly() || !session.isDirty()) {
            if (saver.get() != null && saver.get().savingProperty().get()) {
                saver.get().saveNow(ok -> finishClose(session, next));
            } else {
                finishClose(session, next);
            }
            return;
        }
        if (session.file().isPresent()) {
            saver.get().saveNow(ok -> {
                if (ok) {
                    finishClose(session, next);
                } else if (dialogs.confirm(lang("Close without saving?"), lang("The latest changes to %0 could not be saved. Close it anyway and lose them?", session.name()),
                        lang("Close without saving"), lang("Keep open"))) {
                    finishClose(session, next);
                }
            });
            return;
        }
        Optional<CloseChoice> choice = dialogs.choose(lang("Save the new project?"),
                lang("%0 has never been saved. Save it before closing?", session.name()),
                List.of(new DialogService.Choice<>(CloseChoice.SAVE, lang("Save…")),
                        new DialogService.Choice<>(CloseChoice.DISCARD, lang("Don't save"))));
        if (choice.isEmpty()) {
            return;
        }
        if (choice.get() == CloseChoice.DISCARD) {
            finishClose(session, next);
            return;
        }
        askSaveLocation(session).ifPresent(target -> saveAs(target, ok -> {
            if (ok) {
                finishClose(session, next);
            }
        }));
    }

    private void finishClose(ProjectSession session, Runnable next) {
        if (workspace.session().orElse(null) == session) {
            cancelWhenClosed.forEach(Runnable::run);
            if (saver.get() != null) {
                saver.get().dispose();
            }
            saver.set(null);
            workspace.setSession(null);
            session.close();
            openedOrClosed.forEach(Runnable::run);
            LOG.info("Closed {}", session.file().map(Object::toString).orElse(session.name()));
        }
        next.run();
    }

    /** Where choosers start: the open project's folder, else the most recent project's. */
    public Optional<Path> lastFolder() {
        return workspace.session().flatMap(ProjectSession::file).map(Path::getParent)
                .or(() -> recentProjects.list().stream().findFirst().map(Path::getParent));
    }
}
