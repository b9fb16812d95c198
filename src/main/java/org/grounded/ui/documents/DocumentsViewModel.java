package org.grounded.ui.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.ui.common.Formats;
import org.grounded.ui.session.Workspace;

/**
 * The documents list: the project's documents with their word and quotation counts. Choosing a
 * document shows it in the viewer.
 */
public final class DocumentsViewModel {

    /** A row of the documents list. */
    public record DocumentItem(UUID id, String name, int words, int quotations) {
        public String details() {
            return Formats.count(words, "word") + " · " + Formats.count(quotations, "quotation");
        }
    }

    private final Workspace workspace;
    private final ObservableList<DocumentItem> documents = FXCollections.observableArrayList();
    /** Word counts are costly for long transcripts; a document's text changes rarely. */
    private final Map<UUID, WordCount> wordCounts = new HashMap<>();

    private record WordCount(String text, int words) {
    }

    public DocumentsViewModel(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace);
        workspace.sessionProperty().addListener((observable, before, after) -> {
            wordCounts.clear();
            refresh();
        });
        workspace.revisionProperty().addListener((observable, before, after) -> refresh());
        refresh();
    }

    public ObservableList<DocumentItem> documents() {
        return documents;
    }

    /** Shows a document in the viewer. */
    public void select(UUID documentId) {
        if (!Objects.equals(workspace.selectedDocumentProperty().get(), documentId)) {
            workspace.selectedQuotationProperty().set(null);
            workspace.selectedDocumentProperty().set(documentId);
        }
    }

    public javafx.beans.property.ObjectProperty<UUID> selectedDocumentProperty() {
        return workspace.selectedDocumentProperty();
    }

    private void refresh() {
        Project project = workspace.project().orElse(null);
        if (project == null) {
            documents.clear();
            return;
        }
        List<DocumentItem> documentItems = new ArrayList<>();
        for (Document document : project.documents()) {
            documentItems.add(new DocumentItem(document.id(), document.name(), words(document),
                    project.quotationsIn(document.id()).size()));
        }
        documents.setAll(documentItems);
        if (workspace.selectedDocumentProperty().get() != null
                && project.document(workspace.selectedDocumentProperty().get()).isEmpty()) {
            workspace.selectedDocumentProperty().set(null);
        }
    }

    private int words(Document document) {
        WordCount cached = wordCounts.get(document.id());
        // Same String instance means same text: records share it across renames and attribute edits.
        if (cached == null || cached.text() != document.text()) {
            cached = new WordCount(document.text(), document.wordCount());
            wordCounts.put(document.id(), cached);
        }
        return cached.words();
    }
}
