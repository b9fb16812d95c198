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
        var project = workspace.project();
        if (project.isEmpty() || project.get().document(card.documentId()).isEmpty()) {
            return false;
        }
        boolean stillThere = project.get().quotation(card.quotationId()).isPresent();
        workspace.selectedQuotationProperty().set(null);
        workspace.selectedDocumentProperty().set(card.documentId());
        if (stillThere) {
            workspace.selectedQuotationProperty().set(card.quotationId());
        }
        return stillThere;
    }
}
