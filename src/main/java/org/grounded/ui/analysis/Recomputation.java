package org.grounded.ui.analysis;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Keeps an analysis result up to date with the open project: recomputes in the background over a
 * {@link Project#snapshot()} taken on the background thread, at once when the options change
 * ({@link #refreshNow()}) and a moment after the last edit (edits come in bursts while coding).
 * A result that arrives after a newer request was made is dropped. While its window is closed
 * ({@link #setActive}) nothing is computed; the window catches up when it opens again.
 *
 * <p>The copy is not taken on the user-interface thread: on a large study it costs up to seconds,
 * and the window would freeze for them (issue 21). The background task copies while the user may
 * go on editing; {@link Project#snapshot()} throws away a copy during which an edit ran and the
 * task tries again. The copy holds the project at some revision at or after the request, never an
 * edit half-applied; an edit it missed recounts a moment later, as every edit does. When edits
 * keep coming faster than a copy can be taken, the count waits for a pause ({@link #DEBOUNCE})
 * with the old result shown and marked as updating (decision 0040).
 *
 * @param <R> the analysis' result
 */
public final class Recomputation<R> {

    private static final Logger LOG = LoggerFactory.getLogger(Recomputation.class);
    /** How long after the last edit the result is recomputed. */
    public static final Duration DEBOUNCE = Duration.ofMillis(400);
    /** Copies tried one after the other before the count waits for a pause in the edits. */
    static final int SNAPSHOT_ATTEMPTS = 3;

    /** Edits kept coming while the copy was taken: try again when they pause. */
    private static final class EditsUnderWay extends Exception {
        EditsUnderWay() {
            super("the project was being edited during every copy", null, false, false); // NON-NLS: internal, never shown (the count waits and retries)
        }
    }

    /** The analysis, run on a background thread over a copy of the project. */
    @FunctionalInterface
    public interface Job<R> {
        R run(Project copy) throws Exception;

        /** Runs with the status bar's progress; a job that reports it is made by {@link #reporting}. */
        default R run(Project copy, Progress progress) throws Exception {
            return run(copy);
        }

        /** A job that reports how far it got (a long count over every document). */
        static <R> Job<R> reporting(ReportingJob<R> job) {
            return new Job<>() {
                @Override
                public R run(Project copy) throws Exception {
                    return job.run(copy, Progress.NONE);
                }

                @Override
                public R run(Project copy, Progress progress) throws Exception {
                    return job.run(copy, progress);
                }
            };
        }
    }

    /** The analysis with the progress of its background task. */
    @FunctionalInterface
    public interface ReportingJob<R> {
        R run(Project copy, Progress progress) throws Exception;
    }

    /**
     * A result with the project copy it was computed from, which drill-downs read so that they
     * show exactly what was counted.
     */
    public record Computed<R>(Project project, R value) {
        public Computed {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(value, "value");
        }
    }

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final String title;
    private final Supplier<Job<R>> jobs;
    private final RequestSequence requests = new RequestSequence();
    private final ReadOnlyObjectWrapper<Computed<R>> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private TaskExecutor.Cancellable pending;
    private boolean active;
    private boolean stale = true;
    /** The project and revision of the latest request, so an edit already counted is not counted twice. */
    private Project requestedProject;
    private long requestedRevision = -1;

    /**
     * @param title what the status bar says while it runs ("Counting citations")
     * @param jobs  the job for the current options; called on the user-interface thread, it may
     *              refuse options that make no sense with an {@link IllegalArgumentException}
     *              whose message the window shows
     */
    public Recomputation(Workspace workspace, TaskExecutor executor, String title, Supplier<Job<R>> jobs) {
        this.workspace = Objects.requireNonNull(workspace);
        this.executor = Objects.requireNonNull(executor);
        this.title = Objects.requireNonNull(title);
        this.jobs = Objects.requireNonNull(jobs);
        workspace.sessionProperty().addListener((observable, before, after) -> refreshNow());
        workspace.revisionProperty().addListener((observable, before, after) -> edited());
    }

    /** The latest result, null before the first one and while no project is open. */
    public ReadOnlyObjectProperty<Computed<R>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the options give no result ("" when they do). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Whether the result is wanted (its window is showing); becoming active catches up. */
    public void setActive(boolean wanted) {
        active = wanted;
        if (!wanted) {
            cancelPending();
        } else if (stale) {
            refreshNow();
        }
    }

    public boolean isActive() {
        return active;
    }

    private void edited() {
        Project project = workspace.project().orElse(null);
        if (project == null || project == requestedProject && project.revision() == requestedRevision) {
            return;
        }
        stale = true;
        if (!active) {
            return;
        }
        cancelPending();
        pending = executor.schedule(DEBOUNCE, this::refreshNow);
    }

    /** Recomputes now (the options changed); a result still on its way is dropped. */
    public void refreshNow() {
        cancelPending();
        long ticket = requests.next();
        Project project = workspace.project().orElse(null);
        if (project == null) {
            result.set(null);
            problem.set("");
            computing.set(false);
            stale = true;
            return;
        }
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        Job<R> job;
        try {
            job = jobs.get();
        } catch (IllegalArgumentException e) {
            result.set(null);
            problem.set(e.getMessage());
            computing.set(false);
            return;
        }
        requestedProject = project;
        requestedRevision = project.revision();
        computing.set(true);
        BackgroundTask.wrap(title, progress -> {
            Project copy = snapshotOf(project);
            return new Computed<>(copy, job.run(copy, progress));
        })
                .onSuccess(computed -> {
                    if (requests.isCurrent(ticket)) {
                        computing.set(false);
                        problem.set("");
                        result.set(computed);
                    }
                })
                .onFailure(failure -> {
                    if (!requests.isCurrent(ticket)) {
                        return;
                    }
                    if (failure instanceof EditsUnderWay) {
                        // The old result stays, marked as updating, until the edits pause.
                        stale = true;
                        cancelPending();
                        pending = executor.schedule(DEBOUNCE, this::refreshNow);
                        return;
                    }
                    computing.set(false);
                    result.set(null);
                    problem.set(messageOf(failure));
                })
                .executeWith(executor);
    }

    /** A copy of the project at one revision, taken off the user-interface thread (see the class comment). */
    private static Project snapshotOf(Project project) throws EditsUnderWay {
        for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
            Optional<Project> copy = project.snapshot();
            if (copy.isPresent()) {
                return copy.get();
            }
            Thread.onSpinWait();
        }
        throw new EditsUnderWay();
    }

    private static String messageOf(Exception failure) {
        if (failure instanceof IllegalArgumentException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        LOG.warn("An analysis failed", failure);
        return lang("The analysis failed: %0", failure);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
