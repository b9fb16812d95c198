package org.grounded.ui.main;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.grounded.ui.codes.CodeDetailsView;
import org.grounded.ui.common.KeptDividers;
import org.grounded.ui.codes.CodeTreeView;
import org.grounded.ui.documents.DocumentsView;
import org.grounded.ui.memos.MemosView;
import org.grounded.ui.memos.MemosViewModel;
import org.grounded.ui.participants.ParticipantsView;
import org.grounded.ui.quotations.QuotationInspectorView;
import org.grounded.ui.quotations.QuotationsView;
import org.grounded.ui.relations.RelationsView;
import org.grounded.ui.session.Editor;
import org.grounded.ui.transcript.CodingViewModel;
import org.grounded.ui.transcript.TranscriptView;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The coding workbench shown while a project is open: documents, participants and memos on the
 * left; the transcript with its coding bar and margin in the middle; on the right the code tree
 * over tabs for the selected quotation, the document's quotations, the selected code and the
 * relations. Picking a quotation in the text brings its tab to the front. The panes talk through the workspace; this class only places them and connects the
 * few actions that start in one pane and continue in another ("Relate to…" in the tree opens the
 * Relations tab).
 */
final class WorkspaceView extends SplitPane {

    private final MainWindowViewModel viewModel;
    private final TranscriptView transcript;
    private final CodeTreeView codeTree;
    private final QuotationInspectorView inspector;
    private final RelationsView relations;
    private final MemosView memos;
    private final DocumentsView documents;
    private final TabPane tabs = new TabPane();
    private final Tab relationsTab;
    private final Tab quotationTab;

    WorkspaceView(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
        setId("workspace");
        Editor editor = viewModel.editor();
        CodingViewModel coding = viewModel.panes().coding();
        transcript = new TranscriptView(viewModel.transcript(), coding);
        memos = new MemosView(viewModel.panes().memos(), editor);
        documents = new DocumentsView(viewModel.documents(), new ParticipantsView(viewModel.panes().participants(), editor),
                memos);
        codeTree = new CodeTreeView(viewModel.codes());
        inspector = new QuotationInspectorView(viewModel.panes().inspector(), editor, coding::resizeSelectedQuotation,
                coding::deleteSelectedQuotation, this::memoAboutQuotation);
        relations = new RelationsView(viewModel.panes().relations(), editor);

        codeTree.setOnApply(codeId -> coding.applyCodes(List.of(codeId)));
        codeTree.setOnRelate(this::relateFrom);
        codeTree.setOnMemo(codeId -> {
            documents.showMemos();
            memos.createAndEdit(() -> viewModel.panes().memos().createAboutCode(codeId));
        });

        quotationTab = new Tab(lang("Quotation"), inspector);
        quotationTab.setId("quotation-tab");
        Tab quotationsTab = new Tab(lang("All quotations"), new QuotationsView(viewModel.quotations()));
        quotationsTab.setId("quotations-tab");
        Tab codeTab = new Tab(lang("Code"), new CodeDetailsView(viewModel.panes().codeDetails(), viewModel.codes(), editor));
        codeTab.setId("code-tab");
        relationsTab = new Tab(lang("Relations"), relations);
        relationsTab.setId("relations-tab");
        tabs.getTabs().addAll(quotationTab, quotationsTab, codeTab, relationsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("detail-tabs");

        // A quotation picked in the text (a click, a bracket, coding it) shows its details.
        viewModel.transcript().addPickListener(() -> tabs.getSelectionModel().select(quotationTab));

        right = new SplitPane(codeTree, tabs);
        right.setOrientation(Orientation.VERTICAL);
        right.getStyleClass().add("right-pane");
        right.setId("right-pane");
        getItems().addAll(documents, transcript, right);
        // Every pane keeps a usable width and all three shrink and grow in proportion with the
        // window, so narrowing it never squeezes a side pane to nothing (issue 18).
        documents.setMinWidth(MIN_SIDE_WIDTH);
        transcript.setMinWidth(MIN_TRANSCRIPT_WIDTH);
        right.setMinWidth(MIN_SIDE_WIDTH);
        codeTree.setMinHeight(MIN_PANE_HEIGHT);
        tabs.setMinHeight(MIN_PANE_HEIGHT);
        dividers = new KeptDividers(this, DEFAULT_DIVIDERS);
        rightDividers = new KeptDividers(right, DEFAULT_RIGHT_DIVIDERS);
    }

    /** The narrowest a side pane (documents, codes) gets. */
    static final double MIN_SIDE_WIDTH = 200;
    /** The narrowest the transcript gets. */
    static final double MIN_TRANSCRIPT_WIDTH = 320;
    static final double MIN_PANE_HEIGHT = 120;
    private static final double[] DEFAULT_DIVIDERS = {0.22, 0.71};
    private static final double[] DEFAULT_RIGHT_DIVIDERS = {0.48};

    private final SplitPane right;
    private final KeptDividers dividers;
    private final KeptDividers rightDividers;

    /** Puts the dividers back where a new window has them (View → Reset panes). */
    void resetPanes() {
        dividers.set(DEFAULT_DIVIDERS);
        rightDividers.set(DEFAULT_RIGHT_DIVIDERS);
    }

    /** Documents | transcript | codes: where the user put the two dividers. */
    KeptDividers dividers() {
        return dividers;
    }

    /** The code tree over the details tabs: where the user put their divider. */
    KeptDividers rightDividers() {
        return rightDividers;
    }

    void focusQuickCode() {
        transcript.focusQuickCode();
    }

    void openFindBar() {
        transcript.openFindBar();
    }

    void focusCodeFilter() {
        codeTree.focusFilter();
    }

    void focusComment() {
        tabs.getSelectionModel().select(quotationTab);
        inspector.focusComment();
    }

    /** A project memo (Ctrl+M), ready to be named. */
    void newMemo() {
        documents.showMemos();
        memos.createAndEdit(() -> viewModel.panes().memos().create(org.grounded.model.MemoKind.MEMO, Set.of()));
    }

    private void memoAboutQuotation(UUID quotationId) {
        documents.showMemos();
        memos.createAndEdit(() -> viewModel.panes().memos().createAboutQuotation(quotationId));
    }

    private void relateFrom(UUID codeId) {
        tabs.getSelectionModel().select(relationsTab);
        relations.startFrom(codeId);
    }
}
