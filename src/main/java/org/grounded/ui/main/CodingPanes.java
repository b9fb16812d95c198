package org.grounded.ui.main;

import org.grounded.ui.codes.CodeDetailsViewModel;
import org.grounded.ui.codes.CodeTreeViewModel;
import org.grounded.ui.memos.MemosViewModel;
import org.grounded.ui.participants.ParticipantsViewModel;
import org.grounded.ui.quotations.QuotationInspectorViewModel;
import org.grounded.ui.relations.RelationsViewModel;
import org.grounded.ui.session.Editor;
import org.grounded.ui.transcript.CodingViewModel;
import org.grounded.ui.transcript.TranscriptViewModel;

/**
 * The view models of the coding workbench's panes that edit the project: coding in the viewer,
 * the selected quotation and code, relations, memos and participants. All make their edits through
 * the window's one {@link Editor}.
 */
public final class CodingPanes {

    private final CodingViewModel coding;
    private final CodeDetailsViewModel codeDetails;
    private final QuotationInspectorViewModel inspector;
    private final RelationsViewModel relations;
    private final MemosViewModel memos;
    private final ParticipantsViewModel participants;

    CodingPanes(Editor editor, TranscriptViewModel transcript, CodeTreeViewModel codes, AppServices services) {
        this.coding = new CodingViewModel(editor, transcript, services.coder(), services.clock());
        this.codeDetails = new CodeDetailsViewModel(editor, codes);
        this.inspector = new QuotationInspectorViewModel(editor, services.clock().getZone());
        this.relations = new RelationsViewModel(editor);
        this.memos = new MemosViewModel(editor, services.coder(), services.clock());
        this.participants = new ParticipantsViewModel(editor);
    }

    public CodingViewModel coding() {
        return coding;
    }

    public CodeDetailsViewModel codeDetails() {
        return codeDetails;
    }

    public QuotationInspectorViewModel inspector() {
        return inspector;
    }

    public RelationsViewModel relations() {
        return relations;
    }

    public MemosViewModel memos() {
        return memos;
    }

    public ParticipantsViewModel participants() {
        return participants;
    }
}
