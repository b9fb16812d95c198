package org.grounded.ui.documents;

import java.util.Objects;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

import static org.grounded.ui.i18n.Localization.lang;

/** The left pane: the documents, and tabs for the participants and the memos. */
public final class DocumentsView extends TabPane {

    private final DocumentsViewModel viewModel;
    private final ListView<DocumentsViewModel.DocumentItem> documentList;
    private boolean syncing;

    /**
     * @param participants the Participants tab's content
     * @param memos        the Memos tab's content
     */
    public DocumentsView(DocumentsViewModel viewModel, Node participants, Node memos) {
        this.viewModel = viewModel;
        getStyleClass().add("documents-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);

        documentList = new ListView<>(viewModel.documents());
        documentList.setId("document-list");
        documentList.setCellFactory(list -> new TwoLineCell<>(DocumentsViewModel.DocumentItem::name,
                DocumentsViewModel.DocumentItem::details));
        documentList.setPlaceholder(placeholder(lang("No documents yet.\nImport transcripts with File → Import transcripts…")));
        documentList.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (!syncing && after != null) {
                viewModel.select(after.id());
            }
        });
        viewModel.selectedDocumentProperty().addListener((observable, before, after) -> reselect());
        viewModel.documents().addListener((ListChangeListener<DocumentsViewModel.DocumentItem>) change -> reselect());

        Tab documents = new Tab(lang("Documents"), documentList);
        documents.setId("documents-tab");
        Tab participantsTab = new Tab(lang("Participants"), participants);
        participantsTab.setId("participants-tab");
        Tab memosTab = new Tab(lang("Memos"), memos);
        memosTab.setId("memos-tab");
        getTabs().addAll(documents, participantsTab, memosTab);
    }

    /** Brings the Memos tab to the front. */
    public void showMemos() {
        getTabs().stream().filter(tab -> "memos-tab".equals(tab.getId())).findFirst()
                .ifPresent(tab -> getSelectionModel().select(tab));
    }

    /** Keeps the list's selection on the document the viewer shows, across refreshes. */
    private void reselect() {
        UUID selected = viewModel.selectedDocumentProperty().get();
        syncing = true;
        try {
            if (selected == null) {
                documentList.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < documentList.getItems().size(); i++) {
                if (Objects.equals(documentList.getItems().get(i).id(), selected)) {
                    if (documentList.getSelectionModel().getSelectedIndex() != i) {
                        documentList.getSelectionModel().select(i);
                    }
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder");
        label.setWrapText(true);
        return label;
    }

    /** A list cell with a name and a quieter line of details below it. */
    private static final class TwoLineCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> title;
        private final java.util.function.Function<T, String> details;
        private final Label titleLabel = new Label();
        private final Label detailsLabel = new Label();
        private final VBox box = new VBox(2, titleLabel, detailsLabel);

        TwoLineCell(java.util.function.Function<T, String> title, java.util.function.Function<T, String> details) {
            this.title = title;
            this.details = details;
            titleLabel.getStyleClass().add("item-title");
            detailsLabel.getStyleClass().add("item-details");
            box.getStyleClass().add("two-line-cell");
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            titleLabel.setText(title.apply(item));
            String detailText = details.apply(item);
            detailsLabel.setText(detailText);
            detailsLabel.setVisible(!detailText.isEmpty());
            detailsLabel.setManaged(!detailText.isEmpty());
            setText(null);
            setGraphic(box);
        }
    }
}
