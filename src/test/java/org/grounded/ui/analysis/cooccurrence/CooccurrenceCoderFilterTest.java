package org.grounded.ui.analysis.cooccurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grounded.analysis.CoderFilter;
import org.grounded.analysis.TwoCoderStudy;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

/** The co-occurrence window's coder choice, against {@link TwoCoderStudy}'s hand counts of Duty × Fears. */
class CooccurrenceCoderFilterTest {

    private final TwoCoderStudy team = new TwoCoderStudy();
    private final Workspace workspace = AnalysisFixture.workspaceWith(team.study.project);

    private long dutyTimesFears(CooccurrenceMatrix matrix) {
        return matrix.count(matrix.codes().indexOf(team.study.duty), matrix.codes().indexOf(team.study.fears));
    }

    @Test
    void choosingCodersRecountsTheMatrixAndItsPassages() {
        CooccurrenceViewModel viewModel = new CooccurrenceViewModel(workspace, new StubDialogService(),
                new CurrentThreadTaskExecutor(), new AnalysisFixture.RecordingClipboard());
        viewModel.setActive(true);
        assertThat(viewModel.options().coders().codersProperty().get()).containsExactly("Ann", "Ben");
        assertThat(dutyTimesFears(viewModel.matrixProperty().get())).isEqualTo(2);

        viewModel.options().coders().filterProperty().set(CoderFilter.of(List.of("Ann")));
        assertThat(dutyTimesFears(viewModel.matrixProperty().get())).isZero();

        viewModel.options().coders().filterProperty().set(CoderFilter.of(List.of("Ben")));
        CooccurrenceMatrix bens = viewModel.matrixProperty().get();
        assertThat(dutyTimesFears(bens)).isEqualTo(1);
        viewModel.selectPair(bens.codes().indexOf(team.study.duty), bens.codes().indexOf(team.study.fears));
        assertThat(viewModel.pairs()).hasSize(1);
    }
}
