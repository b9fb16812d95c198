package org.grounded.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskMonitorTest {

    private final TaskMonitor monitor = new TaskMonitor();

    @Test
    void onlyWorkThatAllowsItOffersCancel() {
        BackgroundTask<String> save = BackgroundTask.wrap("Saving", progress -> "saved");
        BackgroundTask<String> importing = BackgroundTask.wrap("Importing", progress -> "imported").cancellable();

        monitor.started(save);
        assertThat(monitor.cancellableProperty().get()).isFalse();
        monitor.started(importing);
        assertThat(monitor.cancellableProperty().get()).isTrue();
        monitor.finished(importing);
        assertThat(monitor.cancellableProperty().get()).as("the save still runs").isFalse();
        monitor.finished(save);
        assertThat(monitor.busyProperty().get()).isFalse();
    }

    @Test
    void cancellingAsksTheLatestWorkToStopAndSaysSo() {
        BackgroundTask<String> importing = BackgroundTask.wrap("Importing big.qdpx", progress -> "").cancellable();
        monitor.started(importing);

        monitor.cancelCurrent();

        assertThat(importing.isCancelled()).isTrue();
        assertThat(monitor.cancellableProperty().get()).isFalse();
        assertThat(monitor.messageProperty().get()).isEqualTo("Importing big.qdpx: cancelling…");
    }

    @Test
    void cancelLeavesWorkThatCannotStopAlone() {
        BackgroundTask<String> save = BackgroundTask.wrap("Saving", progress -> "saved");
        monitor.started(save);

        monitor.cancelCurrent();

        assertThat(save.isCancelled()).isFalse();
    }
}
