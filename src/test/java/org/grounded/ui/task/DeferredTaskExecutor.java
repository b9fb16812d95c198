package org.grounded.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.grounded.model.Progress;

/**
 * Holds tasks until the test runs them, in any order: how a test makes a slow result arrive
 * after a newer one.
 */
public final class DeferredTaskExecutor implements TaskExecutor {

    private final List<BackgroundTask<?>> pending = new ArrayList<>();
    private final TaskMonitor monitor = new TaskMonitor();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        monitor.started(task);
        pending.add(task);
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs the pending task at this position (0 = the oldest) and delivers its outcome. */
    public void run(int index) {
        runTask(pending.remove(index));
    }

    public void runAll() {
        while (!pending.isEmpty()) {
            run(0);
        }
    }

    private <T> void runTask(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call(Progress.NONE);
        } catch (Exception e) {
            monitor.finished(task);
            task.failed(e);
            return;
        }
        monitor.finished(task);
        task.succeeded(result);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        return () -> { };
    }

    @Override
    public TaskMonitor monitor() {
        return monitor;
    }

    @Override
    public void shutdown() {
        pending.clear();
    }
}
