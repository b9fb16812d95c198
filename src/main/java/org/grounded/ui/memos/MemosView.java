package org.grounded.ui.memos;

import java.util.Set;
import java.util.UUID;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.grounded.model.MemoKind;
import org.grounded.ui.i18n.Localization;
import org.grounded.ui.common.ListDetailsPane;
import org.grounded.ui.common.ListSelection;
import org.grounded.ui.common.CommitOnPause;
import org.grounded.ui.memos.MemosViewModel.MemoRow;
import org.grounded.ui.session.Editor;

/**
 * The Memos tab: search and narrow the memos, write a new one (a memo, a field note, a
 * reflective journal entry; about the project, the document shown, the selected code or
 * quotation), and edit the chosen one below the list. Typing is saved as the user pauses.
 */
public final class MemosView extends SplitPane {

    private final MemosViewModel viewModel;
    private final ListView<MemoRow> list;
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final Label written = new Label();
    private final ChoiceBox<MemoKind> kind = new ChoiceBox<>();
    private final FlowPane links = new FlowPane(6, 4);
    private final CommitOnPause<UUID> titleCommit;
    private final CommitOnPause<UUID> textCommit;
    private boolean updating;

    public MemosView(MemosViewModel viewModel, Editor editor) {
        this.viewModel = viewModel;
        setId("memos-view");
        getStyleClass().add("memos-view");
        setOrientation(Orientation.VERTICAL);

        TextField search = new TextField();
        search.setId("memo-search");
        search.setPromptText(Localization.lang("Search memos"));
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        MenuButton create = new MenuButton(Localization.lang("New"));
        create.setId("new-memo-menu");
        create.getStyleClass().add("pane-button");
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setOnShowing(event -> fillNewMenu(create));
        fillNewMenu(create);
        HBox top = new HBox(6, search, create);
        top.setAlignment(Pos.CENTER_LEFT);
        ChoiceBox<MemosViewModel.Scope> scope = new ChoiceBox<>();
        scope.setId("memo-scope");
        scope.getItems().setAll(MemosViewModel.Scope.values());
        scope.valueProperty().bindBidirectional(viewModel.scopeProperty());
        scope.setMaxWidth(Double.MAX_VALUE);

        list = ListDetailsPane.list(viewModel.rows(), "memo-list", view -> new MemoCell(),
                Localization.lang("No memos here yet.\nWrite field notes, journal entries and analytic memos with New."), MemoRow::id,
                viewModel.selectedProperty(), () -> updating);
        VBox upper = new VBox(6, top, scope, list);
        upper.getStyleClass().add("details-content");

        title.setId("memo-title");
        title.getStyleClass().add("memo-title");
        titleCommit = new CommitOnPause<>(title, editor, this::shownId, viewModel::retitle);
        // Name the memo, then Enter (or Tab) to write it.
        title.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER
                    || event.getCode() == javafx.scene.input.KeyCode.TAB && !event.isShiftDown()) {
                text.requestFocus();
                text.end();
                event.consume();
            }
        });
        text.setId("memo-text");
        text.setWrapText(true);
        text.setPromptText(Localization.lang("Write here…"));
        textCommit = new CommitOnPause<>(text, editor, this::shownId, viewModel::rewrite);
        VBox.setVgrow(text, Priority.ALWAYS);
        written.getStyleClass().add("details-muted");
        written.setWrapText(true);
        links.setId("memo-links");
        kind.setId("memo-kind");
        kind.getItems().setAll(MemoKind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MemoKind value) {
                return value == null ? "" : label(value);
            }

            @Override
            public MemoKind fromString(String text) {
                return MemoKind.parse(text).orElse(null);
            }
        });
        kind.setTooltip(new Tooltip(Localization.lang("What this is: an analytic memo, a field note or a reflective journal entry")));
        kind.valueProperty().addListener((observable, before, after) -> {
            if (!updating && after != null) {
                viewModel.changeKind(shownId(), after);
            }
        });
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Button delete = new Button(Localization.lang("Delete memo"));
        delete.setId("delete-memo");
        delete.getStyleClass().add("pane-button");
        delete.setOnAction(event -> viewModel.delete(shownId()));
        HBox actions = new HBox(delete);
        actions.setAlignment(Pos.CENTER_RIGHT);
        // A row of its own: beside the title it squeezed the title to a few letters in the narrow pane.
        VBox editorBox = new VBox(6, title, kind, written, links, text, actions);
        editorBox.getStyleClass().add("details-content");
        StackPane lower = ListDetailsPane.detailsOrHint(editorBox, viewModel.detailsProperty(),
                Localization.lang("Choose a memo to read and edit it here."));

        getItems().addAll(upper, lower);
        setDividerPositions(0.42);

        viewModel.detailsProperty().addListener((observable, before, after) -> show(after));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<MemoRow>) change -> reselect());
        show(viewModel.detailsProperty().get());
    }

    /** A memo kind as the window's language writes it. */
    static String label(MemoKind kind) {
        return MemosViewModel.kindLabel(kind);
    }

    private UUID shownId() {
        return viewModel.detailsProperty().get() == null ? null : viewModel.detailsProperty().get().id();
    }

    private void fillNewMenu(MenuButton menu) {
        menu.getItems().clear();
        for (MemoKind kind : MemoKind.values()) {
            MenuItem item = new MenuItem(Localization.lang("%0 about the project", label(kind)));
            item.setId("menu-new-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(event -> createAndEdit(() -> viewModel.create(kind, Set.of())));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        MenuItem document = new MenuItem(Localization.lang("Memo about the document shown"));
        document.setDisable(viewModel.selectedDocument().isEmpty());
        document.setOnAction(event -> createAndEdit(viewModel::createAboutDocument));
        MenuItem code = new MenuItem(Localization.lang("Memo about the selected code"));
        code.setDisable(viewModel.selectedCode().isEmpty());
        code.setOnAction(event -> createAndEdit(() -> viewModel.createAboutCode(viewModel.selectedCode().orElse(null))));
        MenuItem quotation = new MenuItem(Localization.lang("Memo about the selected quotation"));
        quotation.setDisable(viewModel.selectedQuotation().isEmpty());
        quotation.setOnAction(event -> createAndEdit(() ->
                viewModel.createAboutQuotation(viewModel.selectedQuotation().orElse(null))));
        menu.getItems().addAll(document, code, quotation);
        menu.getItems().forEach(item -> item.setDisable(item.isDisable() || !viewModel.canEdit()));
    }

    /** Makes a memo and puts the keyboard in its title, ready to be named. */
    public void createAndEdit(java.util.function.BooleanSupplier create) {
        if (create.getAsBoolean()) {
            Platform.runLater(() -> {
                title.requestFocus();
                title.selectAll();
            });
        }
    }

    private void show(MemosViewModel.Details details) {
        updating = true;
        try {
            titleCommit.show(details == null ? "" : details.title());
            textCommit.show(details == null ? "" : details.text());
            links.getChildren().clear();
            if (details == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            written.setText(details.written());
            kind.setValue(details.kind());
            kind.setDisable(!viewModel.canEdit());
            title.setEditable(viewModel.canEdit());
            text.setEditable(viewModel.canEdit());
            if (details.links().isEmpty()) {
                Label project = new Label(Localization.lang("About the project"));
                project.getStyleClass().add("details-muted");
                links.getChildren().add(project);
            }
            for (MemosViewModel.Link link : details.links()) {
                Hyperlink open = new Hyperlink(link.label());
                open.setOnAction(event -> viewModel.open(link.id()));
                Button remove = new Button("×");
                remove.getStyleClass().add("chip-remove");
                remove.setTooltip(new Tooltip(Localization.lang("Unlink: the memo stays, about the rest")));
                remove.setDisable(!viewModel.canEdit());
                remove.setOnAction(event -> viewModel.unlink(details.id(), link.id()));
                HBox chip = new HBox(2, open, remove);
                chip.setAlignment(Pos.CENTER_LEFT);
                chip.getStyleClass().add("code-chip");
                links.getChildren().add(chip);
            }
        } finally {
            updating = false;
        }
        reselect();
    }

    private void reselect() {
        UUID id = shownId();
        updating = true;
        try {
            if (ListSelection.select(list, MemoRow::id, id)) {
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
            }
        } finally {
            updating = false;
        }
    }

    /** Title, what it is about, author and date. */
    private static final class MemoCell extends ListCell<MemoRow> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(1, title, details);

        MemoCell() {
            title.getStyleClass().add("item-title");
            details.getStyleClass().add("item-details");
            title.setMinWidth(0);
            details.setMinWidth(0);
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(MemoRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            title.setText(row.title());
            details.setText((row.kind() == MemoKind.MEMO ? "" : label(row.kind()) + " · ") + row.about() + " · "
                    + row.details());
            setTooltip(new Tooltip(row.title() + "\n" + row.about()));
            setGraphic(box);
        }
    }
}
