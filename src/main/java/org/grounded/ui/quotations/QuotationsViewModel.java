package org.grounded.ui.quotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.session.Workspace;

/** The quotations of the document in the viewer: where, which codes, what it says, who coded it. */
public final class QuotationsViewModel {

    /**
     * A row of the quotations table.
     *
     * @param paragraph the 1-based paragraph the quotation starts in
     */
    public record QuotationRow(UUID id, int start, int end, int paragraph, String codes, String colour,
                               String excerpt, String coder) {
        public String position() {
            return "¶ " + paragraph;
        }
    }

    private final Workspace workspace;
    private final ObservableList<QuotationRow> rows = FXCollections.observableArrayList();

    public QuotationsViewModel(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace);
        workspace.sessionProperty().addListener((observable, before, after) -> refresh());
        workspace.selectedDocumentProperty().addListener((observable, before, after) -> refresh());
        workspace.revisionProperty().addListener((observable, before, after) -> refresh());
        refresh();
    }

    public ObservableList<QuotationRow> rows() {
        return rows;
    }

    /** Selects a quotation; the viewer selects its passage. */
    public void select(UUID quotationId) {
        workspace.selectedQuotationProperty().set(quotationId);
    }

    public javafx.beans.property.ObjectProperty<UUID> selectedQuotationProperty() {
        return workspace.selectedQuotationProperty();
    }

    private void refresh() {
        Project project = workspace.project().orElse(null);
        UUID documentId = workspace.selectedDocumentProperty().get();
        Document document = project == null || documentId == null ? null : project.document(documentId).orElse(null);
        if (document == null) {
            rows.clear();
            return;
        }
        String text = document.text();
        List<QuotationRow> result = new ArrayList<>();
        int paragraph = 1;
        int scanned = 0;
        for (Quotation quotation : project.quotationsIn(document.id())) {
            // Quotations come in text order, so paragraphs are counted in one pass over the text.
            for (int i = scanned; i < quotation.start(); i++) {
                if (text.charAt(i) == '\n') {
                    paragraph++;
                }
            }
            scanned = Math.max(scanned, quotation.start());
            List<Code> codes = quotation.codeIds().stream().map(project::code)
                    .flatMap(java.util.Optional::stream).toList();
            String codeNames = codes.stream().map(Code::name).collect(Collectors.joining(", "));
            String colour = codes.isEmpty() ? Code.DEFAULT_COLOUR : codes.get(0).colour();
            result.add(new QuotationRow(quotation.id(), quotation.start(), quotation.end(), paragraph, codeNames, colour,
                    Excerpts.of(text, quotation.start(), quotation.end()), quotation.coder()));
        }
        rows.setAll(result);
    }
}
