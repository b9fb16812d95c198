package org.grounded.ui.task;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import org.grounded.model.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's executor: a small pool of daemon threads for the work, results and progress
 * delivered on the JavaFX thread. Progress updates are coalesced so a fast loop cannot flood the
 * JavaFX event queue.
 */
public final class PooledTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(PooledTaskExecutor.class);

    private final ExecutorService pool;
    /** One thread for quiet work, so that it runs in order and never waits behind a long count. */
    private final ExecutorService quiet;
    private final TaskMonitor monitor = new TaskMonitor();

    public PooledTaskExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("grounded-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        pool = Executors.newFixedThreadPool(threads, factory);
        quiet = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("grounded-quiet");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void executeQuietly(Runnable work) {
        quiet.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Quiet background work failed", e);
            }
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        onFxThread(() -> monitor.started(task));
        pool.execute(() -> {
            T result;
            try {
                result = task.call(new CoalescingProgress(task));
            } catch (Exception e) {
                LOG.debug("Background task '{}' failed", task.title(), e);
                onFxThread(() -> {
                    monitor.finished(task);
                    task.failed(e);
                });
                return;
            } catch (Error e) {
                LOG.error("Background task '{}' died", task.title(), e);
                onFxThread(() -> {
                    monitor.finished(task);
                    task.failed(new IllegalStateException(e.toString(), e));
                });
                return;
            }
            onFxThread(() -> {
                monitor.finished(task);
                task.succeeded(result);
            });
        });
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        AtomicReference<PauseTransition> pause = new AtomicReference<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        onFxThread(() -> {
            if (cancelled.get()) {
                return;
            }
            PauseTransition transition = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            transition.setOnFinished(event -> {
                if (!cancelled.get()) {
                    action.run();
                }
            });
            pause.set(transition);
            transition.play();
        });
        return () -> {
            cancelled.set(true);
            PauseTransition transition = pause.get();
            if (transition != null) {
                onFxThread(transition::stop);
            }
        };
    }

    @Override
    public TaskMonitor monitor() {
        return monitor;
    }

    @Override
    public void shutdown() {
        pool.shutdown();
        quiet.shutdown();
        try {
            if (!quiet.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Quiet background work still running after 10 s at shutdown");
            }
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running after 10 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes progress to the monitor, at most one pending update on the JavaFX queue at a time. */
    private final class CoalescingProgress implements Progress {
        private final BackgroundTask<?> task;
        private final AtomicReference<long[]> latest = new AtomicReference<>();
        private final AtomicReference<String> latestMessage = new AtomicReference<>("");
        private final AtomicBoolean pending = new AtomicBoolean();

        CoalescingProgress(BackgroundTask<?> task) {
            this.task = task;
        }

        @Override
        public void update(long done, long total, String message) {
            latest.set(new long[] {done, total});
            latestMessage.set(message == null ? "" : message);
            if (pending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    pending.set(false);
                    long[] values = latest.get();
                    monitor.progressed(task, values[0], values[1], latestMessage.get());
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return task.isCancelled();
        }
    }
}
