package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import org.grounded.analysis.citations.CitationColumn;
import org.grounded.analysis.citations.ColumnKind;
import org.grounded.analysis.descriptive.FrequencySummary;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.citations.CitationOptions;
import org.grounded.ui.analysis.citations.CitationTableViewModel;
import org.grounded.ui.analysis.statistics.ParticipantStatisticsViewModel;
import org.grounded.ui.session.Editor;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

/**
 * Ranges saved in the statistics window are a category in the citations window too, through the
 * one editor. The sample's ages, counted by hand: 26, 27, 28, 29 fall in 20–30; 30 (Siti, on the
 * edge), 31, 32, 33, 34 in 30–40; nobody is over 40.
 */
class SavedRangesEverywhereTest {

    private final Project project = AnalysisFixture.sample();
    private final Editor editor = new Editor(AnalysisFixture.workspaceWith(project), new StubDialogService());
    private final AnalysisViewModels windows = new AnalysisViewModels(editor, new CurrentThreadTaskExecutor(),
            new AnalysisFixture.RecordingClipboard(), (document, span) -> { });

    @Test
    void rangesSavedInTheStatisticsWindowAreTheCitationsTablesColumnsAndFilterValues() {
        ParticipantStatisticsViewModel statistics = windows.statistics();
        statistics.setActive(true);
        statistics.rangesProperty().set("age=20,30,40");
        assertThat(statistics.saveRanges()).isTrue();

        CitationTableViewModel citations = windows.citations();
        citations.setActive(true);
        CitationOptions options = citations.options();
        options.columnsProperty().set(ColumnKind.ATTRIBUTE);
        options.columnAttributeProperty().set("age");
        assertThat(citations.table().orElseThrow().columns()).extracting(CitationColumn::label)
                .containsExactly("20–30", "30–40", "> 40");

        options.filterAttributeProperty().set(options.filterAttributes().stream()
                .filter(choice -> choice.label().equals("age")).findFirst().orElseThrow());
        assertThat(options.filterValues()).containsExactly("20–30", "30–40", "> 40");

        statistics.rangesProperty().set("");
        FrequencySummary ages = (FrequencySummary) statistics.descriptivesProperty().get().attributes().stream()
                .filter(description -> description.attribute().name().equals("age")).findFirst().orElseThrow()
                .byPart().get(0);
        assertThat(ages.frequencies()).extracting(f -> f.value() + "=" + f.count())
                .containsExactly("20–30=4", "30–40=5", "> 40=0", "(no value)=0");
    }
}
