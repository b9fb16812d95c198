package org.grounded.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.grounded.model.Code;
import org.grounded.model.Edit;
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
    void theAnalysisReadsACopyTakenWhenTheBackgroundTaskStarts() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        Recomputation<Integer> recomputation = countingCodes(executor);
        recomputation.setActive(true);
        addCode("Edited before the task started");

        executor.runAll();

        // The copy is taken by the task, off the window's thread: it holds what was there then.
        assertThat(recomputation.resultProperty().get().value()).isEqualTo(1);
        assertThat(recomputation.resultProperty().get().project()).isNotSameAs(project);
        assertThat(recomputation.resultProperty().get().project().revision()).isEqualTo(project.revision());
    }

    @Test
    void anEditMadeWhileACountRunsIsCountedByTheNextCount() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        AtomicBoolean editDuringCount = new AtomicBoolean(true);
        Recomputation<Integer> recomputation = new Recomputation<>(workspace, executor, "Counting codes",
                () -> copy -> {
                    if (editDuringCount.getAndSet(false)) {
                        addCode("Added while counting");
                    }
                    return copy.codes().size();
                });

        recomputation.setActive(true);

        assertThat(recomputation.resultProperty().get().value()).as("the copy was taken before the edit").isZero();
        assertThat(executor.scheduledCount()).as("the edit asks for a recount").isEqualTo(1);

        executor.runScheduled();

        assertThat(recomputation.resultProperty().get().value()).isEqualTo(1);
        assertThat(project.codes()).hasSize(1);
    }

    @Test
    void aCountNeverSeesAnEditHalfAppliedAndTheOldResultStaysUntilTheEditsPause() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        Recomputation<Integer> recomputation = countingCodes(executor);
        recomputation.setActive(true);
        assertThat(recomputation.resultProperty().get().value()).isZero();
        // An edit of two codes during which the count is asked for: as if the background thread
        // copied while the window's thread was half-way through the edit.
        Edit twoCodes = new Edit() {
            @Override
            public String description() {
                return "Add two codes";
            }

            @Override
            public void applyTo(Project target) {
                EntityEdit.add("First", Code.of("Fears", "#123456")).applyTo(target);
                recomputation.refreshNow();
                EntityEdit.add("Second", Code.of("Hope", "#654321")).applyTo(target);
            }

            @Override
            public void revertFrom(Project target) {
                throw new UnsupportedOperationException();
            }
        };

        workspace.session().orElseThrow().undoManager().perform(twoCodes);

        assertThat(recomputation.resultProperty().get().value()).as("the old result, not one code of two").isZero();
        assertThat(recomputation.computingProperty().get()).as("marked as updating").isTrue();
        assertThat(recomputation.problemProperty().get()).isEmpty();

        executor.runScheduled();

        assertThat(recomputation.resultProperty().get().value()).isEqualTo(2);
        assertThat(recomputation.computingProperty().get()).isFalse();
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
