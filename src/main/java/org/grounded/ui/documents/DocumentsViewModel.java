package org.grounded.ui.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.Document;
import org.grounded.model.ChangeSet;
import org.grounded.model.Project;
import org.grounded.ui.common.Formats;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.BackgroundTask;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.task.RequestSequence;
import org.grounded.ui.task.TaskExecutor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The documents list: the project's documents with their word and quotation counts. Choosing a
 * document shows it in the viewer.
 */
public final class DocumentsViewModel {

    /**
     * A row of the documents list.
     *
     * @param words the document's words, {@link #NOT_COUNTED} while they are being counted
     */
    public record DocumentItem(UUID id, String name, int words, int quotations) {
        /** The words of a document not counted yet (a study just opened). */
        public static final int NOT_COUNTED = -1;

        public String details() {
            return (words == NOT_COUNTED ? lang("Counting words…") : Formats.plural(words, lang("%0 word"), lang("%0 words")))
                    + " · " + Formats.plural(quotations, lang("%0 quotation"), lang("%0 quotations"));
        }
    }

    private final Workspace workspace;
    private final ObservableList<DocumentItem> documents = FXCollections.observableArrayList();
    /** Each document's row in {@link #documents}, kept with it, so an edit finds its rows without a pass over the study. */
    private final Map<UUID, Integer> rowOf = new HashMap<>();
    /** Word counts are costly for long transcripts; a document's text changes rarely. */
    private final Map<UUID, WordCount> wordCounts = new HashMap<>();

    private record WordCount(String text, int words) {
    }

    private final TaskExecutor executor;
    /** Word counts asked of the background; a newer request drops an older one's result. */
    private final RequestSequence counting = new RequestSequence();
    /** The documents the latest request counts (the same records: a changed document is a new one). */
    private final Set<Document> beingCounted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** A documents list that counts words on the calling thread (tests, the headless workbench). */
    public DocumentsViewModel(Workspace workspace) {
        this(workspace, new CurrentThreadTaskExecutor());
    }

    /**
     * @param executor counts the words of the documents the list has not seen (a study just opened,
     *                 an import) in the background: every word of a large study took the JavaFX
     *                 thread most of a second (issue 21); the rows say "Counting words…" meanwhile
     */
    public DocumentsViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = Objects.requireNonNull(workspace);
        this.executor = Objects.requireNonNull(executor);
        workspace.sessionProperty().addListener((observable, before, after) -> {
            wordCounts.clear();
            refresh();
        });
        workspace.revisionProperty().addListener((observable, before, after) -> edited(workspace.lastChange()));
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

    /**
     * After an edit: redoes the rows of the documents it renamed or whose quotations it changed; a
     * document added or removed, or an edit that cannot tell, rebuilds the list.
     */
    private void edited(ChangeSet change) {
        Project project = workspace.project().orElse(null);
        if (project == null || change.structure()) {
            refresh();
            return;
        }
        Set<UUID> touched = new HashSet<>(change.documents());
        touched.addAll(change.quotedDocuments());
        for (UUID documentId : touched) {
            Optional<Document> document = project.document(documentId);
            Integer row = rowOf.get(documentId);
            if (document.isEmpty() || row == null || row >= documents.size()
                    || !documents.get(row).id().equals(documentId)) {
                refresh();
                return;
            }
            DocumentItem item = item(project, document.get());
            if (!item.equals(documents.get(row))) {
                documents.set(row, item);
            }
        }
    }

    private DocumentItem item(Project project, Document document) {
        return new DocumentItem(document.id(), document.name(), words(document),
                project.quotationCountIn(document.id()));
    }

    private void refresh() {
        Project project = workspace.project().orElse(null);
        if (project == null) {
            counting.invalidate();
            beingCounted.clear();
            rowOf.clear();
            documents.clear();
            return;
        }
        List<DocumentItem> documentItems = new ArrayList<>();
        rowOf.clear();
        List<Document> uncounted = new ArrayList<>();
        for (Document document : project.documents()) {
            WordCount cached = wordCounts.get(document.id());
            boolean counted = cached != null && cached.text() == document.text();
            if (!counted) {
                uncounted.add(document);
            }
            rowOf.put(document.id(), documentItems.size());
            documentItems.add(new DocumentItem(document.id(), document.name(),
                    counted ? cached.words() : DocumentItem.NOT_COUNTED, project.quotationCountIn(document.id())));
        }
        if (!documentItems.equals(documents)) {
            documents.setAll(documentItems);
        }
        if (uncounted.isEmpty()) {
            counting.invalidate();
            beingCounted.clear();
        } else if (!beingCounted.containsAll(uncounted)) {
            countInBackground(project, uncounted);
        }
        if (workspace.selectedDocumentProperty().get() != null
                && project.document(workspace.selectedDocumentProperty().get()).isEmpty()) {
            workspace.selectedDocumentProperty().set(null);
        }
    }

    /**
     * Counts these documents' words in the background (documents never change: an edit makes a
     * new one, so they may be read on any thread) and then shows them.
     */
    private void countInBackground(Project project, List<Document> uncounted) {
        long ticket = counting.next();
        beingCounted.clear();
        beingCounted.addAll(uncounted);
        BackgroundTask.wrap(lang("Counting words"), progress -> {
                    List<WordCount> counted = new ArrayList<>(uncounted.size());
                    for (Document document : uncounted) {
                        counted.add(new WordCount(document.text(), document.wordCount()));
                    }
                    return counted;
                })
                .onSuccess(counted -> {
                    if (!counting.isCurrent(ticket) || workspace.project().orElse(null) != project) {
                        return;
                    }
                    for (int i = 0; i < uncounted.size(); i++) {
                        wordCounts.put(uncounted.get(i).id(), counted.get(i));
                    }
                    refresh();
                })
                .executeWith(executor);
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
