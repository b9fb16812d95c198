package org.grounded.ui.main;

import java.util.UUID;
import java.util.function.BiConsumer;
import org.grounded.model.TextSpan;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.analysis.agreement.AgreementViewModel;
import org.grounded.ui.analysis.citations.CitationTableViewModel;
import org.grounded.ui.analysis.cooccurrence.CooccurrenceViewModel;
import org.grounded.ui.analysis.statistics.ParticipantStatisticsViewModel;
import org.grounded.ui.dialog.DialogService;
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
    private final AgreementViewModel agreement;

    /** @param reveal opens a document at a passage (the main window's viewer) */
    public AnalysisViewModels(Workspace workspace, DialogService dialogs, TaskExecutor executor,
                              TextClipboard clipboard, BiConsumer<UUID, TextSpan> reveal) {
        this.citations = new CitationTableViewModel(workspace, dialogs, executor, clipboard);
        this.cooccurrence = new CooccurrenceViewModel(workspace, dialogs, executor, clipboard);
        this.statistics = new ParticipantStatisticsViewModel(workspace, dialogs, executor, clipboard);
        this.agreement = new AgreementViewModel(workspace, dialogs, executor, clipboard, reveal);
    }

    public AgreementViewModel agreement() {
        return agreement;
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
