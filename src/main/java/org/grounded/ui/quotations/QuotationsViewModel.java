package org.grounded.ui.quotations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.ChangeSet;
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
    /** The text of the document whose rows are shown, and where its line breaks are. */
    private String shownText;
    private int[] newlines = new int[0];

    public QuotationsViewModel(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace);
        workspace.sessionProperty().addListener((observable, before, after) -> refresh());
        workspace.selectedDocumentProperty().addListener((observable, before, after) -> refresh());
        workspace.revisionProperty().addListener((observable, before, after) -> edited(workspace.lastChange()));
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

    /**
     * After an edit: redoes the rows of the quotations it named in the document shown (and of the
     * quotations whose codes were renamed or recoloured), leaving the other rows as they are; an
     * edit of the document itself, or one that cannot tell, rebuilds the list.
     */
    private void edited(ChangeSet change) {
        Project project = workspace.project().orElse(null);
        UUID documentId = workspace.selectedDocumentProperty().get();
        Document document = project == null || documentId == null ? null : project.document(documentId).orElse(null);
        if (document == null || change.structure() || change.documents().contains(documentId)
                || !document.text().equals(shownText)) {
            refresh();
            return;
        }
        if (!change.quotedDocuments().contains(documentId)) {
            if (!change.codes().isEmpty()) {
                recodeRows(project, change.codes());
            }
            return;
        }
        for (UUID quotationId : change.quotations()) {
            int at = indexOf(quotationId);
            Optional<Quotation> now = project.quotation(quotationId).filter(q -> q.documentId().equals(documentId));
            if (at >= 0 && now.isPresent() && rows.get(at).start() == now.get().start()
                    && rows.get(at).end() == now.get().end()) {
                rows.set(at, row(project, now.get()));
                continue;
            }
            if (at >= 0) {
                rows.remove(at);
            }
            now.ifPresent(quotation -> rows.add(insertionPoint(quotation), row(project, quotation)));
        }
        if (!change.codes().isEmpty()) {
            recodeRows(project, change.codes());
        }
    }

    private void refresh() {
        Project project = workspace.project().orElse(null);
        UUID documentId = workspace.selectedDocumentProperty().get();
        Document document = project == null || documentId == null ? null : project.document(documentId).orElse(null);
        if (document == null) {
            shownText = null;
            newlines = new int[0];
            rows.clear();
            return;
        }
        index(document.text());
        List<QuotationRow> result = new ArrayList<>();
        for (Quotation quotation : project.quotationsIn(document.id())) {
            result.add(row(project, quotation));
        }
        rows.setAll(result);
    }

    /** Notes where the text's line breaks are, so a row's paragraph is found without counting again. */
    private void index(String text) {
        shownText = text;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        newlines = new int[count];
        for (int i = 0, n = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                newlines[n++] = i;
            }
        }
    }

    /** 1 + the line breaks before the offset. */
    private int paragraphAt(int offset) {
        int found = Arrays.binarySearch(newlines, offset);
        return 1 + (found >= 0 ? found : -found - 1);
    }

    private QuotationRow row(Project project, Quotation quotation) {
        List<Code> codes = quotation.codeIds().stream().map(project::code).flatMap(Optional::stream).toList();
        String codeNames = codes.stream().map(Code::name).collect(Collectors.joining(", "));
        String colour = codes.isEmpty() ? Code.DEFAULT_COLOUR : codes.get(0).colour();
        return new QuotationRow(quotation.id(), quotation.start(), quotation.end(), paragraphAt(quotation.start()),
                codeNames, colour, Excerpts.of(shownText, quotation.start(), quotation.end()), quotation.coder());
    }

    /** The rows of quotations coded with a code whose name or colour changed. */
    private void recodeRows(Project project, Set<UUID> codeIds) {
        for (int i = 0; i < rows.size(); i++) {
            Optional<Quotation> quotation = project.quotation(rows.get(i).id());
            if (quotation.isPresent() && quotation.get().codeIds().stream().anyMatch(codeIds::contains)) {
                QuotationRow row = row(project, quotation.get());
                if (!row.equals(rows.get(i))) {
                    rows.set(i, row);
                }
            }
        }
    }

    private int indexOf(UUID quotationId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(quotationId)) {
                return i;
            }
        }
        return -1;
    }

    /** Where a quotation's row goes in text order (start, end, id), as the project orders them. */
    private int insertionPoint(Quotation quotation) {
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (TEXT_ORDER.compare(rows.get(middle), quotation) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Compares a row with a quotation as {@code Project.quotationsIn} orders quotations. */
    private interface RowOrder {
        int compare(QuotationRow row, Quotation quotation);
    }

    private static final RowOrder TEXT_ORDER = (row, quotation) -> {
        int byStart = Integer.compare(row.start(), quotation.start());
        if (byStart != 0) {
            return byStart;
        }
        int byEnd = Integer.compare(row.end(), quotation.end());
        return byEnd != 0 ? byEnd : row.id().compareTo(quotation.id());
    };
}
