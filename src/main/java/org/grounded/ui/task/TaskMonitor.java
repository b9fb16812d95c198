package org.grounded.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.ArrayList;
import java.util.List;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The background work in progress, as observable properties for the status bar: whether anything
 * runs, what the latest task says, how far it got (-1 when unknown), and whether the user may
 * cancel it. Updated on the user interface thread only, by the executors and the Cancel button.
 */
public final class TaskMonitor {

    private final List<BackgroundTask<?>> running = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");

    void started(BackgroundTask<?> task) {
        running.add(task);
        busy.set(true);
        message.set(task.title() + "…");
        progress.set(-1);
        cancellable.set(canCancel(task));
    }

    void progressed(BackgroundTask<?> task, long done, long total, String detail) {
        if (!running.isEmpty() && running.get(running.size() - 1) == task) {
            progress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1);
            message.set(detail == null || detail.isBlank() ? task.title() + "…" : task.title() + ": " + detail);
        }
    }

    void finished(BackgroundTask<?> task) {
        running.remove(task);
        busy.set(!running.isEmpty());
        if (running.isEmpty()) {
            message.set("");
            progress.set(-1);
        } else {
            message.set(running.get(running.size() - 1).title() + "…");
        }
        cancellable.set(!running.isEmpty() && canCancel(running.get(running.size() - 1)));
    }

    /** Asks the latest work to stop, if it lets the user cancel it. */
    public void cancelCurrent() {
        if (running.isEmpty()) {
            return;
        }
        BackgroundTask<?> task = running.get(running.size() - 1);
        if (canCancel(task)) {
            task.cancel();
            cancellable.set(false);
            message.set(lang("%0: cancelling…", task.title()));
        }
    }

    private static boolean canCancel(BackgroundTask<?> task) {
        return task.isCancellable() && !task.isCancelled();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the latest work may be cancelled by the user ({@link #cancelCurrent()}). */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }
}
