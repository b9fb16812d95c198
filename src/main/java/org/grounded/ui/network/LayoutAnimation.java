package org.grounded.ui.network;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.grounded.analysis.network.layout.LayoutRun;
import org.grounded.analysis.network.layout.NetworkLayout;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Runs a step-wise layout off the user-interface thread in short slices and shows the positions
 * after each slice, so the nodes move into place while the window stays responsive. Starting a
 * new run or {@link #stop() stopping} drops the old one: a slice still on its way is ignored.
 * The run is only ever stepped by one slice at a time, each handed on by the executor.
 */
final class LayoutAnimation {

    /** How long one slice steps the layout before the positions are shown (about 25 frames a second). */
    static final long SLICE_NANOS = 40_000_000L;

    private final TaskExecutor executor;
    private final RequestSequence runs = new RequestSequence();
    private boolean running;

    LayoutAnimation(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /**
     * Starts a layout.
     *
     * @param run   makes the run (on the background thread: setting up may take a moment)
     * @param frame shows the positions after each slice
     * @param done  gets the final positions once the layout has converged
     * @param fail  gets the reason if the layout fails
     */
    void start(Supplier<LayoutRun> run, Consumer<NetworkLayout> frame, Consumer<NetworkLayout> done,
               Consumer<Exception> fail) {
        long ticket = runs.next();
        running = true;
        slice(ticket, new LayoutRun[1], run, frame, done, fail);
    }

    private void slice(long ticket, LayoutRun[] holder, Supplier<LayoutRun> make, Consumer<NetworkLayout> frame,
                       Consumer<NetworkLayout> done, Consumer<Exception> fail) {
        BackgroundTask.wrap(lang("Laying out the network"), progress -> {
            if (holder[0] == null) {
                holder[0] = make.get();
            }
            LayoutRun run = holder[0];
            long end = System.nanoTime() + SLICE_NANOS;
            boolean more = !run.converged();
            while (more && System.nanoTime() < end && !progress.isCancelled()) {
                more = run.step();
            }
            return new Slice(run.current(), !more);
        }).onSuccess(slice -> {
            if (!runs.isCurrent(ticket)) {
                return;
            }
            if (slice.finished()) {
                running = false;
                done.accept(slice.layout());
            } else {
                frame.accept(slice.layout());
                slice(ticket, holder, make, frame, done, fail);
            }
        }).onFailure(failure -> {
            if (runs.isCurrent(ticket)) {
                running = false;
                fail.accept(failure);
            }
        }).executeWith(executor);
    }

    /** Drops the current run; its positions so far stay where the last frame put them. */
    void stop() {
        runs.next();
        running = false;
    }

    boolean isRunning() {
        return running;
    }

    private record Slice(NetworkLayout layout, boolean finished) {
    }
}
