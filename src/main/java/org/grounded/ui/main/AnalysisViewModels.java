package org.grounded.ui.main;

import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.analysis.citations.CitationTableViewModel;
import org.grounded.ui.analysis.cooccurrence.CooccurrenceViewModel;
import org.grounded.ui.analysis.statistics.ParticipantStatisticsViewModel;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.TaskExecutor;

/**
 * The view models of the Analysis menu's windows, over the main window's workspace. Each counts
 * only while its window is showing.
 */
public final class AnalysisViewModels {

    private final CitationTableViewModel citations;
    private final CooccurrenceViewModel cooccurrence;
    private final ParticipantStatisticsViewModel statistics;

    public AnalysisViewModels(Workspace workspace, DialogService dialogs, TaskExecutor executor,
                              TextClipboard clipboard) {
        this.citations = new CitationTableViewModel(workspace, dialogs, executor, clipboard);
        this.cooccurrence = new CooccurrenceViewModel(workspace, dialogs, executor, clipboard);
        this.statistics = new ParticipantStatisticsViewModel(workspace, dialogs, executor, clipboard);
    }

    /** With the window's editor, so that the statistics window can save ranges with their attributes. */
    public AnalysisViewModels(Editor editor, TaskExecutor executor, TextClipboard clipboard) {
        this.citations = new CitationTableViewModel(editor.workspace(), editor.dialogs(), executor, clipboard);
        this.cooccurrence = new CooccurrenceViewModel(editor.workspace(), editor.dialogs(), executor, clipboard);
        this.statistics = new ParticipantStatisticsViewModel(editor, executor, clipboard);
    }

    public CitationTableViewModel citations() {
        return citations;
    }

    public CooccurrenceViewModel cooccurrence() {
        return cooccurrence;
    }

    public ParticipantStatisticsViewModel statistics() {
        return statistics;
    }
}
