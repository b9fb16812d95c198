package org.grounded.ui.transcript;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.session.Workspace;

/**
 * The transcript viewer's state: the document shown, the style runs of its text (speakers,
 * coded passages), and the passage to select when a quotation is chosen elsewhere.
 *
 * <p>The coding interactions build on this: the view reports the user's selection through
 * {@link #userSelectionProperty()}, and edits flow back through the workspace's revision, which
 * restyles the text without reloading it.
 */
public final class TranscriptViewModel {

    private final Workspace workspace;
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<List<TranscriptStyle.Run>> styles =
            new ReadOnlyObjectWrapper<>(this, "styles", List.of());
    private final ReadOnlyObjectWrapper<TextRange> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");
    private final ReadOnlyObjectWrapper<TextRange> userSelection = new ReadOnlyObjectWrapper<>(this, "userSelection");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");

    public TranscriptViewModel(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace);
        workspace.sessionProperty().addListener((observable, before, after) -> refresh());
        workspace.selectedDocumentProperty().addListener((observable, before, after) -> refresh());
        workspace.revisionProperty().addListener((observable, before, after) -> refresh());
        workspace.selectedQuotationProperty().addListener((observable, before, after) -> reveal(after));
        refresh();
    }

    /** The document shown, null when none. */
    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** Style runs covering the document's whole text. */
    public ReadOnlyObjectProperty<List<TranscriptStyle.Run>> stylesProperty() {
        return styles.getReadOnlyProperty();
    }

    /** The passage to select and scroll to (a quotation chosen in another pane), null when none. */
    public ReadOnlyObjectProperty<TextRange> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** What the user has selected in the text (null or empty when nothing); set by the view. */
    public ReadOnlyObjectProperty<TextRange> userSelectionProperty() {
        return userSelection.getReadOnlyProperty();
    }

    public void userSelected(int start, int end) {
        userSelection.set(end > start ? new TextRange(start, end) : null);
    }

    /** The document's name and size, above the text; "" when no document is shown. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    private void refresh() {
        Optional<Project> project = workspace.project();
        UUID documentId = workspace.selectedDocumentProperty().get();
        Document shown = project.flatMap(p -> documentId == null ? Optional.empty() : p.document(documentId))
                .orElse(null);
        if (shown == null) {
            document.set(null);
            styles.set(List.of());
            heading.set("");
            revealed.set(null);
            return;
        }
        List<Quotation> quotations = project.orElseThrow().quotationsIn(shown.id());
        Map<UUID, Code> codes = new HashMap<>();
        project.orElseThrow().codes().forEach(code -> codes.put(code.id(), code));
        List<TranscriptStyle.Run> runs = TranscriptStyler.runs(shown, quotations, codes);
        Document before = document.get();
        if (before == null || !before.id().equals(shown.id()) || !before.text().equals(shown.text())) {
            // A new text: set the styles after the document, so the view reloads once, then styles.
            styles.set(List.of());
            document.set(shown);
        } else {
            document.set(shown);
        }
        styles.set(runs);
        heading.set(shown.name());
    }

    private void reveal(UUID quotationId) {
        if (quotationId == null) {
            revealed.set(null);
            return;
        }
        workspace.project().flatMap(project -> project.quotation(quotationId)).ifPresent(quotation -> {
            if (!quotation.documentId().equals(workspace.selectedDocumentProperty().get())) {
                workspace.selectedDocumentProperty().set(quotation.documentId());
            }
            revealed.set(new TextRange(quotation.start(), quotation.end()));
        });
    }
}
