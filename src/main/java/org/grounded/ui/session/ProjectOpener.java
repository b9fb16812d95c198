package org.grounded.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.grounded.io.project.ProjectFileException;
import org.grounded.io.project.ProjectJournal;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectLockedException;
import org.grounded.model.Project;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.prefs.RecentProjects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.grounded.files.FileNames;
import static org.grounded.ui.dialog.ErrorMessages.messageOf;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Opens project files in the background: takes the lock, loads, and hands the new session over.
 * When another instance holds the lock it offers to open read-only; when the file cannot be read
 * it shows why and offers a copy of the backup. A result that arrives after a newer open request
 * is dropped (its lock released).
 */
public final class ProjectOpener {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectOpener.class);

    private final ProjectStorage storage;
    private final ProjectLocker locker;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final RecentProjects recentProjects;
    private final Consumer<ProjectSession> onOpened;
    private final RequestSequence requests = new RequestSequence();
    private final ReadOnlyStringWrapper opening = new ReadOnlyStringWrapper(this, "opening", "");

    /** @param onOpened receives each newly opened session, on the user-interface thread */
    public ProjectOpener(ProjectStorage storage, ProjectLocker locker, TaskExecutor executor, DialogService dialogs,
                         RecentProjects recentProjects, Consumer<ProjectSession> onOpened) {
        this.storage = Objects.requireNonNull(storage);
        this.locker = Objects.requireNonNull(locker);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.recentProjects = Objects.requireNonNull(recentProjects);
        this.onOpened = Objects.requireNonNull(onOpened);
    }

    /** What a background open produced. */
    private record Loaded(Project project, AutoCloseable lock, long savedRevision, ProjectJournal journal) {

        Loaded(Project project, AutoCloseable lock) {
            this(project, lock, project.revision(), null);
        }
    }

    /**
     * The name of the project file being opened, "" when none is: the window shows it with a
     * progress bar over everything else, so the user sees the file was taken.
     */
    public ReadOnlyStringProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Opens a project for editing (or read-only, if the user agrees when it is locked). */
    public void open(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(normalised)) {
            dialogs.showError(lang("Cannot open project"), lang("%0 does not exist any more.", normalised));
            recentProjects.remove(normalised);
            return;
        }
        long ticket = requests.next();
        opening.set(normalised.getFileName().toString());
        BackgroundTask.wrap(lang("Opening %0", normalised.getFileName()), progress -> {
                    AutoCloseable lock = locker.acquire(normalised);
                    try {
                        ProjectStorage.Opened opened = storage.openForEditing(normalised);
                        return new Loaded(opened.project(), lock, opened.savedRevision(), opened.journal());
                    } catch (Exception e) {
                        lock.close();
                        throw e;
                    }
                })
                .onSuccess(loaded -> deliver(ticket, normalised, loaded, ProjectSession.OpenMode.EDITABLE))
                .onFailure(e -> {
                    if (requests.isCurrent(ticket)) {
                        opening.set("");
                        handleFailure(normalised, e);
                    }
                })
                .executeWith(executor);
    }

    /** Opens a project without its lock: nothing can be changed or saved. */
    public void openReadOnly(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        long ticket = requests.next();
        opening.set(normalised.getFileName().toString());
        BackgroundTask.wrap(lang("Opening %0 read-only", normalised.getFileName()),
                        progress -> new Loaded(storage.load(normalised), null))
                .onSuccess(loaded -> deliver(ticket, normalised, loaded, ProjectSession.OpenMode.READ_ONLY))
                .onFailure(e -> {
                    if (requests.isCurrent(ticket)) {
                        opening.set("");
                        handleFailure(normalised, e);
                    }
                })
                .executeWith(executor);
    }

    /** Drops whatever open is still running (the user moved on, for example to a new project, or cancelled). */
    public void cancelPending() {
        requests.invalidate();
        opening.set("");
    }

    private void deliver(long ticket, Path file, Loaded loaded, ProjectSession.OpenMode mode) {
        if (!requests.isCurrent(ticket)) {
            LOG.debug("Dropping the stale result of opening {}", file);
            if (loaded.journal() != null) {
                release(loaded.journal());
            }
            release(loaded.lock());
            return;
        }
        opening.set("");
        recentProjects.add(file);
        onOpened.accept(mode == ProjectSession.OpenMode.EDITABLE
                ? ProjectSession.opened(loaded.project(), file, loaded.lock(), loaded.savedRevision(), loaded.journal())
                : ProjectSession.opened(loaded.project(), file, loaded.lock(), mode));
    }

    private void handleFailure(Path file, Exception e) {
        if (e instanceof ProjectLockedException locked) {
            boolean readOnly = dialogs.confirm(lang("Project in use"),
                    lang("%0\n\nRead-only, you can read, search and export it, but not change it.", locked.getMessage()),
                    lang("Open read-only"), lang("Cancel"));
            if (readOnly) {
                openReadOnly(file);
            }
        } else if (e instanceof ProjectFileException broken) {
            offerBackup(file, broken);
        } else if (e instanceof IOException io) {
            LOG.warn("Could not lock {}", file, io);
            boolean readOnly = dialogs.confirm(lang("Cannot open project for editing"),
                    lang("Grounded could not lock %0 for editing:\n%1\n\nYou can open it read-only instead.", file, messageOf(io)),
                    lang("Open read-only"), lang("Cancel"));
            if (readOnly) {
                openReadOnly(file);
            }
        } else {
            LOG.error("Unexpected failure opening {}", file, e);
            dialogs.showError(lang("Cannot open project"), lang("Grounded could not open %0:\n%1", file, messageOf(e)), e);
        }
    }

    private void offerBackup(Path file, ProjectFileException broken) {
        Path backup = broken.backup().orElse(storage.backupOf(file));
        if (!Files.isRegularFile(backup)) {
            dialogs.showError(lang("Cannot open project"), broken.getMessage());
            return;
        }
        boolean useBackup = dialogs.confirm(lang("Cannot open project"), lang("%0\n\nA backup of the previous version exists (%1). Grounded can open a copy of it; the damaged file is left as it is.",
                        broken.getMessage(), backup.getFileName()),
                lang("Open a copy of the backup"), lang("Cancel"));
        if (!useBackup) {
            return;
        }
        BackgroundTask.wrap(lang("Copying the backup of %0", file.getFileName()), progress -> copyOfBackup(file, backup))
                .onSuccess(this::open)
                .onFailure(e -> dialogs.showError(lang("Cannot open the backup"),
                        lang("Grounded could not copy %0:\n%1", backup, messageOf(e)), e))
                .executeWith(executor);
    }

    /** Copies the backup beside the original, under a new name, never overwriting a file. */
    static Path copyOfBackup(Path original, Path backup) throws IOException {
        String name = original.getFileName().toString();
        String base = FileNames.withoutProjectExtension(name);
        for (int attempt = 1; attempt < 1000; attempt++) {
            String suffix = attempt == 1 ? " (recovered)" : " (recovered " + attempt + ")";
            Path target = original.resolveSibling(base + suffix + ProjectFileStore.EXTENSION);
            if (!Files.exists(target)) {
                return Files.copy(backup, target);
            }
        }
        throw new IOException("Too many recovered copies of " + original + " already exist");
    }

    private static void release(AutoCloseable lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (Exception e) {
            LOG.warn("Could not release a lock", e);
        }
    }
}
