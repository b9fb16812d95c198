package org.grounded.ui.main;

import java.util.UUID;
import java.util.function.BiConsumer;
import org.grounded.model.TextSpan;
import org.grounded.ui.analysis.TextClipboard;
import org.grounded.ui.analysis.agreement.AgreementViewModel;
import org.grounded.ui.analysis.citations.CitationTableViewModel;
import org.grounded.ui.analysis.cooccurrence.CooccurrenceViewModel;
import org.grounded.ui.analysis.quotations.QuotationsBrowserViewModel;
import org.grounded.ui.analysis.statistics.ParticipantStatisticsViewModel;
import org.grounded.ui.analysis.words.WordFrequencyViewModel;
import org.grounded.ui.session.Editor;
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
    private final WordFrequencyViewModel words;
    private final QuotationsBrowserViewModel quotations;

    /** @param reveal opens a document at a passage (the main window's viewer) */
    /**
     * With the window's editor, so that the statistics window can save ranges with their
     * attributes; {@code reveal} opens a document at a passage (the agreement window's disagreements).
     */
    public AnalysisViewModels(Editor editor, TaskExecutor executor, TextClipboard clipboard,
                              BiConsumer<UUID, TextSpan> reveal) {
        this.citations = new CitationTableViewModel(editor.workspace(), editor.dialogs(), executor, clipboard);
        this.cooccurrence = new CooccurrenceViewModel(editor.workspace(), editor.dialogs(), executor, clipboard);
        this.statistics = new ParticipantStatisticsViewModel(editor, executor, clipboard);
        this.agreement = new AgreementViewModel(editor.workspace(), editor.dialogs(), executor, clipboard, reveal);
        this.words = new WordFrequencyViewModel(editor, executor, clipboard);
        this.quotations = new QuotationsBrowserViewModel(editor.workspace(), editor.dialogs(), executor, clipboard);
    }

    public WordFrequencyViewModel words() {
        return words;
    }

    public AgreementViewModel agreement() {
        return agreement;
    }

    public QuotationsBrowserViewModel quotations() {
        return quotations;
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
