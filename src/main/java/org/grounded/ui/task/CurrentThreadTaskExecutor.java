package org.grounded.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.grounded.model.Progress;

/**
 * Runs every task at once on the calling thread, for tests: the outcome is delivered before
 * {@code execute} returns. Scheduled actions wait until the test calls {@link #runScheduled()},
 * so that a test decides when "two seconds later" is.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final TaskMonitor monitor = new TaskMonitor();
    private final List<Runnable> scheduled = new ArrayList<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        monitor.started(task);
        T result;
        try {
            result = task.call(progressOf(task));
        } catch (Exception e) {
            monitor.finished(task);
            task.failed(e);
            return;
        }
        monitor.finished(task);
        task.succeeded(result);
    }

    private Progress progressOf(BackgroundTask<?> task) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                monitor.progressed(task, done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        scheduled.add(action);
        return () -> scheduled.remove(action);
    }

    /** Runs the scheduled actions that are still pending; returns how many ran. */
    public int runScheduled() {
        List<Runnable> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
        return due.size();
    }

    public int scheduledCount() {
        return scheduled.size();
    }

    @Override
    public TaskMonitor monitor() {
        return monitor;
    }

    @Override
    public void shutdown() {
        scheduled.clear();
    }
}
