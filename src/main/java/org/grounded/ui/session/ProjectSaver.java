package org.grounded.ui.session;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.grounded.io.project.ProjectJournal;
import org.grounded.io.project.ProjectLockedException;
import org.grounded.model.Project;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import static org.grounded.ui.dialog.ErrorMessages.messageOf;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Saves one session's project: on request, as a new file ("Save as"), and by itself. With a
 * journal (every edit is on disk the moment it is made) the whole file is saved every few
 * minutes while there are unsaved edits, on Save and on close; without one, a short while after
 * the last edit. The project is copied on the user-interface thread and the copy
 * written in the background; saves never overlap, a request during a save runs after it.
 */
public final class ProjectSaver {

    public static final Duration AUTOSAVE_DELAY = Duration.ofSeconds(2);
    /** How often the whole file is saved while a journal holds the edits since the last save. */
    public static final Duration JOURNALLED_AUTOSAVE_INTERVAL = Duration.ofMinutes(3);
    private static final Logger LOG = LoggerFactory.getLogger(ProjectSaver.class);

    private final ProjectSession session;
    private final ProjectStorage storage;
    private final ProjectLocker locker;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final java.util.function.Supplier<Duration> journalledInterval;
    private final ChangeListener<Number> editListener = (observable, before, after) -> scheduleAutosave();

    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final List<Consumer<Boolean>> waiting = new ArrayList<>();
    private TaskExecutor.Cancellable pendingAutosave;
    private boolean saveAgain;
    private boolean failureShown;
    private boolean disposed;

    public ProjectSaver(ProjectSession session, ProjectStorage storage, ProjectLocker locker, TaskExecutor executor,
                        DialogService dialogs, Clock clock) {
        this(session, storage, locker, executor, dialogs, clock, () -> JOURNALLED_AUTOSAVE_INTERVAL);
    }

    /**
     * @param journalledInterval how often the whole file is saved while a journal holds unsaved
     *                           edits, read at each edit (the preference may change meanwhile)
     */
    public ProjectSaver(ProjectSession session, ProjectStorage storage, ProjectLocker locker, TaskExecutor executor,
                        DialogService dialogs, Clock clock, java.util.function.Supplier<Duration> journalledInterval) {
        this.journalledInterval = Objects.requireNonNull(journalledInterval);
        this.session = Objects.requireNonNull(session);
        this.storage = Objects.requireNonNull(storage);
        this.locker = Objects.requireNonNull(locker);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
        session.undoManager().revisionProperty().addListener(editListener);
        // An edit is written to the journal on the JavaFX thread; the disk's confirmation is awaited off it.
        session.forceJournalOn(executor::executeQuietly);
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Why the last save failed, "" after a successful one. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Whether an autosave is waiting for its delay to pass. */
    public boolean isAutosavePending() {
        return pendingAutosave != null;
    }

    /**
     * Saves to the session's file now. {@code done} hears true once the project as it is now is
     * on disk, false when saving failed (the user has been told) or the project has no file yet.
     */
    public void saveNow(Consumer<Boolean> done) {
        if (session.isReadOnly() || session.file().isEmpty()) {
            done.accept(false);
            return;
        }
        waiting.add(done);
        if (saving.get()) {
            saveAgain = true;
            return;
        }
        startSave(true);
    }

    private void startSave(boolean explicit) {
        cancelAutosave();
        Path file = session.file().orElseThrow();
        Project copy = session.project().copy();
        long revision = copy.revision();
        ProjectJournal journal = session.journal().orElse(null);
        saving.set(true);
        BackgroundTask.wrap(lang("Saving %0", file.getFileName()), progress -> {
                    storage.save(copy, file, revision, journal);
                    return revision;
                })
                .onSuccess(saved -> {
                    session.saved(saved, clock.instant());
                    failure.set("");
                    failureShown = false;
                    LOG.debug("Saved {} at revision {}", file, saved);
                    finish(true);
                })
                .onFailure(e -> {
                    LOG.warn("Could not save {}", file, e);
                    failure.set(messageOf(e));
                    if (explicit || !failureShown) {
                        failureShown = true;
                        dialogs.showError(lang("Could not save"), lang("Grounded could not save %0:\n%1\n\nYour work is still open. Try again, or use Save as… to save it elsewhere.",
                                file, messageOf(e)), e);
                    }
                    finish(false);
                })
                .executeWith(executor);
    }

    private void finish(boolean ok) {
        saving.set(false);
        List<Consumer<Boolean>> callbacks = new ArrayList<>(waiting);
        waiting.clear();
        if (saveAgain && !disposed) {
            saveAgain = false;
            waiting.addAll(callbacks);
            startSave(true);
            return;
        }
        callbacks.forEach(callback -> callback.accept(ok));
    }

    /**
     * Saves to another file, which from then on is the project's file (its lock taken, the old
     * one's released). {@code done} hears whether it worked; failures have been shown to the user.
     */
    public void saveAs(Path target, Consumer<Boolean> done) {
        Path normalised = target.toAbsolutePath().normalize();
        if (session.file().map(file -> file.toAbsolutePath().normalize().equals(normalised)).orElse(false)) {
            saveNow(done);
            return;
        }
        if (session.isReadOnly()) {
            done.accept(false);
            return;
        }
        cancelAutosave();
        Project copy = session.project().copy();
        long revision = copy.revision();
        saving.set(true);
        BackgroundTask.wrap(lang("Saving %0", normalised.getFileName()), progress -> {
                    AutoCloseable lock = locker.acquire(normalised);
                    try {
                        storage.save(copy, normalised);
                    } catch (Exception e) {
                        lock.close();
                        throw e;
                    }
                    return lock;
                })
                .onSuccess(lock -> {
                    saving.set(false);
                    if (session.isClosed()) {
                        closeQuietly(lock);
                        done.accept(true);
                        return;
                    }
                    session.movedTo(normalised, lock);
                    session.saved(revision, clock.instant());
                    failure.set("");
                    done.accept(true);
                })
                .onFailure(e -> {
                    saving.set(false);
                    failure.set(messageOf(e));
                    if (e instanceof ProjectLockedException locked) {
                        dialogs.showError(lang("Could not save"), lang("%0\n\nChoose another file name, or close the project in the other window first.",
                                locked.getMessage()));
                    } else {
                        LOG.warn("Could not save as {}", normalised, e);
                        dialogs.showError(lang("Could not save"), lang("Grounded could not save %0:\n%1", normalised, messageOf(e)), e);
                    }
                    done.accept(false);
                })
                .executeWith(executor);
    }

    /**
     * Without a journal, restarts the autosave delay: the save runs when no edit came for
     * {@link #AUTOSAVE_DELAY}. With one, the first unsaved edit starts a save the journalled
     * interval ({@link #JOURNALLED_AUTOSAVE_INTERVAL} unless the preferences say otherwise) later, which later edits do not put off.
     */
    private void scheduleAutosave() {
        if (disposed || session.isReadOnly() || session.file().isEmpty()) {
            return;
        }
        boolean journalled = session.journal().isPresent();
        if (journalled && pendingAutosave != null) {
            return;
        }
        cancelAutosave();
        pendingAutosave = executor.schedule(journalled ? journalledInterval.get() : AUTOSAVE_DELAY, () -> {
            pendingAutosave = null;
            if (!disposed && !session.isClosed() && session.isDirty()) {
                if (saving.get()) {
                    saveAgain = true;
                } else {
                    waiting.add(ok -> { });
                    startSave(false);
                }
            }
        });
    }

    private void cancelAutosave() {
        if (pendingAutosave != null) {
            pendingAutosave.cancel();
            pendingAutosave = null;
        }
    }

    /** Stops autosaving (the project is closing); a save already running completes. */
    public void dispose() {
        disposed = true;
        cancelAutosave();
        session.undoManager().revisionProperty().removeListener(editListener);
    }

    private static void closeQuietly(AutoCloseable lock) {
        try {
            lock.close();
        } catch (Exception e) {
            LOG.warn("Could not release a lock", e);
        }
    }

}
