package org.grounded.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestSequenceTest {

    @Test
    void onlyTheLatestTicketIsCurrent() {
        RequestSequence requests = new RequestSequence();
        long first = requests.next();
        long second = requests.next();

        assertThat(requests.isCurrent(first)).isFalse();
        assertThat(requests.isCurrent(second)).isTrue();
    }

    @Test
    void invalidatingMakesEveryTicketStale() {
        RequestSequence requests = new RequestSequence();
        long ticket = requests.next();

        requests.invalidate();

        assertThat(requests.isCurrent(ticket)).isFalse();
    }

    @Test
    void aSlowResultArrivingAfterANewerOneIsDropped() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        RequestSequence requests = new RequestSequence();
        List<String> shown = new ArrayList<>();
        for (String query : List.of("slow", "fast")) {
            long ticket = requests.next();
            BackgroundTask.wrap("Search", progress -> query)
                    .onSuccess(result -> {
                        if (requests.isCurrent(ticket)) {
                            shown.add(result);
                        }
                    })
                    .executeWith(executor);
        }

        executor.run(1);
        executor.run(0);

        assertThat(shown).containsExactly("fast");
    }

    @Test
    void theCurrentThreadExecutorDeliversSuccessAndFailureAtOnce() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        List<String> outcomes = new ArrayList<>();

        BackgroundTask.wrap("Work", progress -> "done").onSuccess(outcomes::add).executeWith(executor);
        BackgroundTask.wrap("Work", progress -> {
            throw new java.io.IOException("disk full");
        }).onFailure(e -> outcomes.add(e.getMessage())).onFinished(() -> outcomes.add("finished")).executeWith(executor);

        assertThat(outcomes).containsExactly("done", "disk full", "finished");
        assertThat(executor.monitor().busyProperty().get()).isFalse();
    }

    @Test
    void theMonitorShowsProgressWhileTheWorkRuns() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        List<Double> seen = new ArrayList<>();
        List<String> messages = new ArrayList<>();

        BackgroundTask.wrap("Importing", progress -> {
            progress.update(1, 4, "a.txt");
            seen.add(executor.monitor().progressProperty().get());
            messages.add(executor.monitor().messageProperty().get());
            return null;
        }).executeWith(executor);

        assertThat(seen).containsExactly(0.25);
        assertThat(messages).containsExactly("Importing: a.txt");
        assertThat(executor.monitor().messageProperty().get()).isEmpty();
    }
}
