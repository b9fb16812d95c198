package org.grounded.ui.task;

import java.time.Duration;

/**
 * Runs background work and delivers its outcome where the user interface may use it. The
 * application uses {@link PooledTaskExecutor}; tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /**
     * Runs an action on the user-interface thread after a delay (debounced autosave). The
     * returned handle cancels it if it has not run yet.
     */
    Cancellable schedule(Duration delay, Runnable action);

    /**
     * Runs short work the user need not see (forcing the journal to disk after an edit) away from
     * the JavaFX thread, one piece at a time in the order given, with no status and no result. By
     * default at once on the calling thread (the test executors).
     */
    default void executeQuietly(Runnable work) {
        work.run();
    }

    /** What is running now, for the status bar. */
    TaskMonitor monitor();

    /** Stops taking work; running work finishes. */
    void shutdown();

    /** A scheduled action that can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
