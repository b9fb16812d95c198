package org.grounded.ui.analysis.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

/** "Save ranges" in the statistics window keeps the typed ranges with their attributes, undoably. */
class SaveRangesTest {

    private final Project project = AnalysisFixture.sample();
    private final Workspace workspace = AnalysisFixture.workspaceWith(project);
    private final StubDialogService dialogs = new StubDialogService();
    private final ParticipantStatisticsViewModel viewModel = new ParticipantStatisticsViewModel(
            new Editor(workspace, dialogs), new CurrentThreadTaskExecutor(), new AnalysisFixture.RecordingClipboard());

    private String savedRanges(String name) {
        return project.attributeDefinitions(AttributeScope.PARTICIPANT).stream()
                .filter(definition -> definition.name().equalsIgnoreCase(name)).findFirst()
                .map(AttributeDefinition::ranges).orElseThrow();
    }

    @Test
    void savedRangesStayWithTheAttributeGroupTheStatisticsAndUndoTakesThemBack() {
        viewModel.setActive(true);
        viewModel.rangesProperty().set("AGE = 20,30,40");
        assertThat(viewModel.canSaveRanges()).isTrue();

        assertThat(viewModel.saveRanges()).isTrue();
        assertThat(savedRanges("age")).isEqualTo("20,30,40");

        viewModel.rangesProperty().set("");   // nothing typed: the saved ranges still group the ages
        assertThat(viewModel.lines()).anySatisfy(line -> assertThat(line.label()).isEqualTo("20–30"));
        assertThat(viewModel.notesProperty().get()).isEqualTo("SD: sample standard deviation (n − 1). age: Each "
                + "range includes its lower edge and not its upper one: 30 falls in 30–40, 40 falls in > 40.");

        workspace.session().orElseThrow().undoManager().undo();
        assertThat(savedRanges("age")).isEmpty();
        viewModel.paperLayoutProperty().set(true);   // recount now (an edit recounts a moment later)
        assertThat(viewModel.lines()).noneSatisfy(line -> assertThat(line.label()).isEqualTo("20–30"));
    }

    @Test
    void anEmptyRightSideStopsGroupingAndBadRangesChangeNothing() {
        viewModel.rangesProperty().set("age=20,30,40");
        viewModel.saveRanges();

        viewModel.rangesProperty().set("age=twenty");
        assertThat(viewModel.saveRanges()).isFalse();
        assertThat(dialogs.errors()).singleElement().satisfies(shown ->
                assertThat(shown.message()).contains("'twenty' are not ranges"));
        assertThat(savedRanges("age")).isEqualTo("20,30,40");

        viewModel.rangesProperty().set("role=1,2");
        assertThat(viewModel.saveRanges()).isFalse();
        assertThat(dialogs.errors()).last().satisfies(shown ->
                assertThat(shown.message()).contains("number attribute"));

        viewModel.rangesProperty().set("age=");
        assertThat(viewModel.saveRanges()).isTrue();
        assertThat(savedRanges("age")).isEmpty();
    }
}
