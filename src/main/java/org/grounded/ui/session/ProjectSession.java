package org.grounded.ui.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.ArrayList;
import java.util.List;
import org.grounded.ui.i18n.Localization;
import org.grounded.io.project.ProjectJournal;
import org.grounded.model.Project;
import org.grounded.ui.undo.UndoManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * One open project: the model, its undo stack, the file it lives in (none while untitled), the
 * lock that keeps other instances from editing it, and whether it was opened read-only.
 * Used on the user-interface thread only.
 */
public final class ProjectSession {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectSession.class);

    private final Project project;
    private final UndoManager undoManager;
    private final OpenMode mode;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Instant> savedAt = new ReadOnlyObjectWrapper<>(this, "savedAt");
    private final Path suggestedFile;
    private AutoCloseable lock;
    private JournalRecorder journal;
    private boolean closed;

    /** How the project was opened. */
    public enum OpenMode {
        /** Editable: saves, imports and edits are allowed. */
        EDITABLE,
        /** Another instance holds the lock: look, search and export only. */
        READ_ONLY
    }

    private ProjectSession(Project project, Path file, AutoCloseable lock, OpenMode mode, long savedRevision,
                           Path suggestedFile) {
        this.project = Objects.requireNonNull(project);
        this.mode = Objects.requireNonNull(mode);
        this.lock = lock;
        this.file.set(file);
        this.suggestedFile = suggestedFile;
        this.undoManager = new UndoManager(project, UndoManager.DEFAULT_LIMIT, savedRevision);
    }

    /** A new project that has no file yet. */
    public static ProjectSession untitled(Project project) {
        return new ProjectSession(project, null, null, OpenMode.EDITABLE, project.revision(), null);
    }

    /**
     * A project read from another tool's file: it has no file yet and counts as unsaved work, so
     * closing it asks where to save it; "Save as" suggests {@code suggestedFile}.
     */
    public static ProjectSession imported(Project project, Path suggestedFile) {
        return new ProjectSession(project, null, null, OpenMode.EDITABLE, -1, Objects.requireNonNull(suggestedFile));
    }

    /** A project opened from a file, with its lock (null when read-only). */
    public static ProjectSession opened(Project project, Path file, AutoCloseable lock, OpenMode mode) {
        return new ProjectSession(project, Objects.requireNonNull(file), lock, mode, project.revision(), null);
    }

    /**
     * A project opened for editing from a file, with its lock and its journal (null when there is
     * none); {@code savedRevision} is the revision on disk, below the project's when the journal
     * replayed edits a crash left unsaved.
     */
    public static ProjectSession opened(Project project, Path file, AutoCloseable lock, long savedRevision,
                                        ProjectJournal journal) {
        ProjectSession session = new ProjectSession(project, Objects.requireNonNull(file), lock, OpenMode.EDITABLE,
                savedRevision, null);
        if (journal != null) {
            session.journal = new JournalRecorder(project, journal);
            project.addListener(session.journal);
        }
        return session;
    }

    /**
     * From now on the journal's forces to disk run on {@code executor} rather than on the thread
     * that made the edit (the JavaFX thread); closing the session still forces what was written.
     */
    public void forceJournalOn(java.util.concurrent.Executor executor) {
        if (journal != null) {
            journal.forceOn(executor);
        }
    }

    /** The journal that records every edit as it is made, while it works. */
    public Optional<ProjectJournal> journal() {
        return Optional.ofNullable(journal).filter(JournalRecorder::isWorking).map(JournalRecorder::journal);
    }

    /**
     * "Recovered 7 edits made after the last save (3 Dec 2026, 14:02)." when opening replayed a
     * journal, in the window's language, followed by any problem the journal reader found (worded
     * by it, in English).
     */
    public Optional<String> recoveryMessage() {
        return Optional.ofNullable(journal).flatMap(recorder -> {
            ProjectJournal.Recovery recovery = recorder.journal().recovery();
            List<String> parts = new ArrayList<>();
            if (recovery.edits() > 0) {
                String lastSave = Localization.date(recovery.lastSave(), true);
                parts.add(recovery.edits() == 1
                        ? lang("Recovered 1 edit made after the last save (%0).", lastSave)
                        : lang("Recovered %0 edits made after the last save (%1).", recovery.edits(), lastSave));
            }
            recovery.problem().ifPresent(parts::add);
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
        });
    }

    public Project project() {
        return project;
    }

    public UndoManager undoManager() {
        return undoManager;
    }

    public boolean isReadOnly() {
        return mode == OpenMode.READ_ONLY;
    }

    public OpenMode mode() {
        return mode;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    /** Where "Save as" proposes to put a project that has no file yet (an imported one, next to its source). */
    public Optional<Path> suggestedFile() {
        return Optional.ofNullable(suggestedFile);
    }

    /** The project file, null while untitled. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** When the project was last written by this window, null before the first save. */
    public ReadOnlyObjectProperty<Instant> savedAtProperty() {
        return savedAt.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return undoManager.isDirty();
    }

    /** Records a finished save of the project as it was at {@code revision}. */
    void saved(long revision, Instant when) {
        undoManager.markSaved(revision);
        savedAt.set(when);
    }

    /** After "Save as": the project now lives in another file, under that file's lock. */
    void movedTo(Path newFile, AutoCloseable newLock) {
        // The journal follows the old file; the new one is saved whole until it is reopened.
        stopJournal(true);
        AutoCloseable old = lock;
        lock = newLock;
        file.set(newFile);
        if (old != null && old != newLock) {
            release(old);
        }
    }

    /** Releases the lock and stops listening to the project. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        undoManager.dispose();
        stopJournal(false);
        if (lock != null) {
            release(lock);
            lock = null;
        }
    }

    /** Stops journalling; {@code discard} deletes the journal even when it holds unsaved edits. */
    private void stopJournal(boolean discard) {
        if (journal == null) {
            return;
        }
        project.removeListener(journal);
        try {
            journal.journal().close();
            if (discard) {
                java.nio.file.Files.deleteIfExists(journal.journal().file());
            }
        } catch (java.io.IOException e) {
            LOG.warn("Could not close the journal of {}", file.get(), e);
        }
        journal = null;
    }

    public boolean isClosed() {
        return closed;
    }

    private void release(AutoCloseable held) {
        try {
            held.close();
        } catch (Exception e) {
            LOG.warn("Could not release the lock of {}", file.get(), e);
        }
    }

    /** The project's name for titles. */
    public String name() {
        return project.info().name();
    }
}
