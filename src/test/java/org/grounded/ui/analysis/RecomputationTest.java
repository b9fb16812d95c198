package org.grounded.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.junit.jupiter.api.Test;

class RecomputationTest {

    private final Project project = Project.create("Study");
    private final Workspace workspace = AnalysisFixture.workspaceWith(project);
    private final AtomicInteger runs = new AtomicInteger();

    /** The "analysis": how many codes the copy holds. */
    private Recomputation<Integer> countingCodes(org.grounded.ui.task.TaskExecutor executor) {
        return new Recomputation<>(workspace, executor, "Counting codes", () -> copy -> {
            runs.incrementAndGet();
            return copy.codes().size();
        });
    }

    private void addCode(String name) {
        workspace.session().orElseThrow().undoManager().perform(EntityEdit.add("Add " + name, Code.of(name, "#123456")));
    }

    @Test
    void nothingIsComputedWhileTheWindowIsClosedAndOpeningItCatchesUp() {
        Recomputation<Integer> recomputation = countingCodes(new CurrentThreadTaskExecutor());
        addCode("Fears");

        assertThat(recomputation.resultProperty().get()).isNull();
        assertThat(runs).hasValue(0);

        recomputation.setActive(true);

        assertThat(recomputation.resultProperty().get().value()).isEqualTo(1);
    }

    @Test
    void editsAreCountedOnceTheyPauseNotOneByOne() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        Recomputation<Integer> recomputation = countingCodes(executor);
        recomputation.setActive(true);
        addCode("Fears");
        addCode("Hope");
        addCode("Covid");

        assertThat(recomputation.resultProperty().get().value()).isZero();
        assertThat(executor.scheduledCount()).isEqualTo(1);

        executor.runScheduled();

        assertThat(recomputation.resultProperty().get().value()).isEqualTo(3);
        assertThat(runs).hasValue(2);
    }

    @Test
    void theAnalysisReadsACopyTakenWhenItWasAskedFor() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        Recomputation<Integer> recomputation = countingCodes(executor);
        recomputation.setActive(true);
        addCode("Edited while counting");

        executor.runAll();

        assertThat(recomputation.resultProperty().get().value()).isZero();
        assertThat(recomputation.resultProperty().get().project()).isNotSameAs(project);
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        AtomicReference<String> option = new AtomicReference<>("old");
        Recomputation<String> recomputation = new Recomputation<>(workspace, executor, "Working", () -> {
            String asked = option.get();
            return copy -> asked;
        });
        recomputation.setActive(true);
        option.set("new");
        recomputation.refreshNow();
        assertThat(executor.pendingCount()).isEqualTo(2);

        executor.run(1);
        assertThat(recomputation.resultProperty().get().value()).isEqualTo("new");
        assertThat(recomputation.computingProperty().get()).isFalse();

        executor.run(0);
        assertThat(recomputation.resultProperty().get().value()).isEqualTo("new");
    }

    @Test
    void optionsThatMakeNoSenseGiveTheirReasonInsteadOfAResult() {
        Recomputation<Integer> recomputation = new Recomputation<>(workspace, new CurrentThreadTaskExecutor(), "Working",
                () -> {
                    throw new IllegalArgumentException("Choose an attribute first.");
                });
        recomputation.setActive(true);

        assertThat(recomputation.resultProperty().get()).isNull();
        assertThat(recomputation.problemProperty().get()).isEqualTo("Choose an attribute first.");
    }

    @Test
    void aFailingAnalysisSaysSoAndTheNextSuccessClearsIt() {
        AtomicReference<Boolean> fail = new AtomicReference<>(true);
        Recomputation<Integer> recomputation = new Recomputation<>(workspace, new CurrentThreadTaskExecutor(), "Working",
                () -> copy -> {
                    if (fail.get()) {
                        throw new IllegalArgumentException("There is no participant attribute named 'age'");
                    }
                    return 7;
                });
        recomputation.setActive(true);
        assertThat(recomputation.problemProperty().get()).isEqualTo("There is no participant attribute named 'age'");

        fail.set(false);
        recomputation.refreshNow();

        assertThat(recomputation.problemProperty().get()).isEmpty();
        assertThat(recomputation.resultProperty().get().value()).isEqualTo(7);
    }

    @Test
    void closingTheProjectClearsTheResultAndDropsWorkInProgress() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        Recomputation<Integer> recomputation = countingCodes(executor);
        recomputation.setActive(true);

        workspace.setSession(null);
        executor.runAll();

        assertThat(recomputation.resultProperty().get()).isNull();
    }
}
