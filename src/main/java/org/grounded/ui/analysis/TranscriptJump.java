package org.grounded.ui.analysis;

import org.grounded.ui.session.Workspace;

/** Shows a drill-down's passage in the main window's transcript viewer, through the shared selection. */
public final class TranscriptJump {

    private TranscriptJump() {
    }

    /**
     * Selects the card's document and quotation. The quotation is chosen afresh even when it was
     * already selected, so the viewer scrolls back to it.
     *
     * @return false when the quotation has been removed since the analysis ran (its document is
     *         shown anyway, if it still exists)
     */
    public static boolean reveal(Workspace workspace, PassageCard card) {
        return reveal(workspace, card.documentId(), card.quotationId());
    }

    /** Selects the document and the quotation in it; see {@link #reveal(Workspace, PassageCard)}. */
    public static boolean reveal(Workspace workspace, java.util.UUID documentId, java.util.UUID quotationId) {
        var project = workspace.project();
        if (project.isEmpty() || project.get().document(documentId).isEmpty()) {
            return false;
        }
        boolean stillThere = project.get().quotation(quotationId).isPresent();
        workspace.selectedQuotationProperty().set(null);
        workspace.selectedDocumentProperty().set(documentId);
        if (stillThere) {
            workspace.selectedQuotationProperty().set(quotationId);
        }
        return stillThere;
    }
}
