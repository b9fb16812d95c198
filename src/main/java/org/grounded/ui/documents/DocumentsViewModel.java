package org.grounded.ui.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.AttributeValue;
import org.grounded.model.Document;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.ui.Formats;
import org.grounded.ui.session.Workspace;

/**
 * The left pane: the project's documents (with word and quotation counts) and its participants
 * (with their attributes and groups). Choosing a document shows it in the viewer.
 */
public final class DocumentsViewModel {

    /** A row of the documents list. */
    public record DocumentItem(UUID id, String name, int words, int quotations) {
        public String details() {
            return Formats.count(words, "word") + " · " + Formats.count(quotations, "quotation");
        }
    }

    /** A row of the participants list. */
    public record ParticipantItem(UUID id, String name, String attributes, String groups) {
        public String details() {
            if (attributes.isEmpty()) {
                return groups;
            }
            return groups.isEmpty() ? attributes : attributes + " · " + groups;
        }
    }

    private final Workspace workspace;
    private final ObservableList<DocumentItem> documents = FXCollections.observableArrayList();
    private final ObservableList<ParticipantItem> participants = FXCollections.observableArrayList();
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

    public ObservableList<ParticipantItem> participants() {
        return participants;
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
            participants.clear();
            return;
        }
        List<DocumentItem> documentItems = new ArrayList<>();
        for (Document document : project.documents()) {
            documentItems.add(new DocumentItem(document.id(), document.name(), words(document),
                    project.quotationsIn(document.id()).size()));
        }
        documents.setAll(documentItems);
        List<ParticipantItem> participantItems = new ArrayList<>();
        for (Participant participant : project.participants()) {
            String attributes = participant.attributes().entrySet().stream()
                    .map(entry -> entry.getKey() + " " + valueText(entry.getValue()))
                    .collect(Collectors.joining(", "));
            String groups = project.groupsOf(participant.id(), GroupKind.PARTICIPANT).stream()
                    .map(Group::name).collect(Collectors.joining(", "));
            participantItems.add(new ParticipantItem(participant.id(), participant.name(), attributes, groups));
        }
        participants.setAll(participantItems);
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

    private static String valueText(AttributeValue value) {
        return value.value();
    }
}
