package org.grounded.ui.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.grounded.analysis.TwoCoderStudy;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.edits.CodingEdits;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.undo.UndoManager;
import org.junit.jupiter.api.Test;

/**
 * An analysis window's choices are not brought up to date after a coding that cannot change them
 * (decision 0043), but the coders they offer are: the agreement window's coders on
 * {@link TwoCoderStudy} (Ann and Ben) after codings by a known coder and by a new one, undo, and
 * the new coder's only quotation deleted.
 */
class AgreementCodersFollowCodingTest {

    private final TwoCoderStudy team = new TwoCoderStudy();
    private final Project project = team.study.project;
    private final Workspace workspace = AnalysisFixture.workspaceWith(project);
    private final UndoManager undo = workspace.session().orElseThrow().undoManager();
    private final AgreementViewModel viewModel = new AgreementViewModel(workspace, new StubDialogService(),
            new CurrentThreadTaskExecutor(), new AnalysisFixture.RecordingClipboard(), (document, span) -> { });

    private void code(int start, int end, String coder) {
        undo.perform(CodingEdits.applyCodes(project, team.study.interview.id(), start, end,
                List.of(team.study.duty.id()), coder, TwoCoderStudy.AT).orElseThrow());
    }

    @Test
    void theCodersOfferedFollowCodingsByNewCodersUndoAndDeletion() {
        assertThat(viewModel.coders()).containsExactly("Ann", "Ben");

        code(40, 50, "Ann");
        assertThat(viewModel.coders()).as("a known coder codes").containsExactly("Ann", "Ben");

        code(31, 39, "Cy");
        assertThat(viewModel.coders()).as("a new coder codes").containsExactly("Ann", "Ben", "Cy");
        assertThat(viewModel.secondCoderProperty().get()).isEqualTo("Ben");

        undo.undo();
        assertThat(viewModel.coders()).as("that coding undone").containsExactly("Ann", "Ben");
        undo.redo();
        assertThat(viewModel.coders()).as("and redone").containsExactly("Ann", "Ben", "Cy");

        UUID cysQuotation = project.quotationsIn(team.study.interview.id()).stream()
                .filter(quotation -> quotation.start() == 31).map(Quotation::id).findFirst().orElseThrow();
        undo.perform(CodingEdits.deleteQuotation(project, cysQuotation));
        assertThat(viewModel.coders()).as("Cy's only quotation deleted").containsExactly("Ann", "Ben");
    }
}
