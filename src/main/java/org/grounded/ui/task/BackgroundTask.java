package org.grounded.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import org.grounded.model.Progress;

/**
 * A piece of slow work (open, save, import) and what to do with its outcome. The work runs on a
 * background thread; the callbacks run on the JavaFX thread (or on the calling thread with the
 * {@link CurrentThreadTaskExecutor} in tests), so they may touch the view models.
 *
 * <p>Built fluently: {@code BackgroundTask.wrap("Opening study", p -> store.load(path))
 * .onSuccess(this::show).onFailure(this::report).executeWith(executor)}.
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {

    /** The work itself; it may report progress and should look at {@link Progress#isCancelled()}. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Exception> onFailure = failure -> { };
    private Runnable onFinished = () -> { };
    private volatile boolean cancelled;
    private boolean cancellable;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    /** @param title what the status bar says while the work runs, such as "Opening milk-donation" */
    public static <T> BackgroundTask<T> wrap(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Exception> action) {
        onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Runs after success or failure, for clean-up that both need. */
    public BackgroundTask<T> onFinished(Runnable action) {
        onFinished = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Offers the user a way to cancel the work while it runs (the status bar's Cancel button). The
     * work must look at {@link Progress#isCancelled()} and give up, usually by throwing
     * {@link java.util.concurrent.CancellationException}, which arrives at {@link #onFailure}.
     */
    public BackgroundTask<T> cancellable() {
        cancellable = true;
        return this;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    public String title() {
        return title;
    }

    /** Asks the work to stop; the work sees it through {@link Progress#isCancelled()}. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    // ---- for executors ------------------------------------------------------------------------

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void failed(Exception failure) {
        try {
            onFailure.accept(failure);
        } finally {
            onFinished.run();
        }
    }
}
