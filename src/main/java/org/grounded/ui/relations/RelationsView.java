package org.grounded.ui.relations;

import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import org.grounded.ui.i18n.ChoiceLabels;
import org.grounded.ui.common.ComboWidths;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.grounded.ui.common.ListDetailsPane;
import org.grounded.model.RelationType;
import org.grounded.ui.common.ListSelection;
import org.grounded.ui.common.CommitOnPause;
import org.grounded.ui.relations.RelationsViewModel.CodeItem;
import org.grounded.ui.relations.RelationsViewModel.RelationRow;
import org.grounded.ui.session.Editor;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The Relations tab: a new relation (from a code, how, to a code), the project's relations, and
 * the chosen one's type, direction, comment and deletion; relation types are added, renamed and
 * deleted from the Types menu.
 */
public final class RelationsView extends VBox {

    private final RelationsViewModel viewModel;
    private final ComboBox<CodeItem> from;
    private final ListView<RelationRow> list;
    private final ComboBox<RelationType> selectedType = new ComboBox<>();
    private final TextArea comment = new TextArea();
    private final CommitOnPause<UUID> commentCommit;
    private boolean updating;

    public RelationsView(RelationsViewModel viewModel, Editor editor) {
        this.viewModel = viewModel;
        getStyleClass().add("relations-view");
        setId("relations-view");

        from = codeBox("relation-source", viewModel.sourceProperty());
        ComboBox<CodeItem> to = codeBox("relation-target", viewModel.targetProperty());
        ComboBox<RelationType> how = typeBox("relation-type");
        how.valueProperty().bindBidirectional(viewModel.typeProperty());
        Button relate = new Button(lang("Relate"));
        relate.setId("relate");
        relate.getStyleClass().add("pane-button");
        relate.setDefaultButton(false);
        relate.setOnAction(event -> viewModel.relate());
        relate.disableProperty().bind(viewModel.sourceProperty().isNull().or(viewModel.targetProperty().isNull()));
        MenuButton typesMenu = new MenuButton(lang("Types"));
        typesMenu.setId("relation-types");
        typesMenu.getStyleClass().add("pane-button");
        typesMenu.setOnShowing(event -> fillTypes(typesMenu));
        fillTypes(typesMenu);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label(lang("From")), from);
        form.addRow(1, label(lang("How")), how, typesMenu);
        form.addRow(2, label(lang("To")), to, relate);
        relate.setMaxWidth(Double.MAX_VALUE);
        typesMenu.setMaxWidth(Double.MAX_VALUE);
        relate.setMinWidth(Region.USE_PREF_SIZE);
        typesMenu.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setColumnSpan(from, 2);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setFillWidth(true);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow, new ColumnConstraints());
        form.getStyleClass().add("details-content");

        list = ListDetailsPane.list(viewModel.rows(), "relation-list", view -> new RelationCell(),
                lang("No relations yet. Choose two codes above and how they are related."), RelationRow::id,
                viewModel.selectedProperty(), () -> updating);
        CheckBox only = new CheckBox(lang("Only the selected code's"));
        only.setId("relations-only-selected");
        only.selectedProperty().bindBidirectional(viewModel.onlySelectedCodeProperty());

        selectedType.setId("selected-relation-type");
        selectedType.setItems(viewModel.types());
        selectedType.setConverter(typeNames());
        selectedType.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(selectedType, Priority.ALWAYS);
        selectedType.valueProperty().addListener((observable, before, after) -> {
            RelationRow row = viewModel.selectedRowProperty().get();
            if (!updating && row != null && after != null && !after.id().equals(row.type().id())) {
                viewModel.changeType(row.id(), after.id());
            }
        });
        Button reverse = new Button("⇄");
        reverse.setId("reverse-relation");
        reverse.setTooltip(new Tooltip(lang("Swap the two codes")));
        reverse.getStyleClass().add("pane-button");
        reverse.setOnAction(event -> viewModel.reverse(viewModel.selectedRowProperty().get().id()));
        Button delete = new Button(lang("Delete"));
        delete.setId("delete-relation");
        delete.getStyleClass().add("pane-button");
        delete.setOnAction(event -> viewModel.delete(viewModel.selectedRowProperty().get().id()));
        HBox selectedBar = new HBox(6, selectedType, reverse, delete);
        selectedBar.setAlignment(Pos.CENTER_LEFT);
        comment.setId("relation-comment");
        comment.setPromptText(lang("Why these codes are related, with an example…"));
        comment.setWrapText(true);
        comment.setPrefRowCount(2);
        commentCommit = new CommitOnPause<>(comment, editor,
                () -> viewModel.selectedRowProperty().get() == null ? null : viewModel.selectedRowProperty().get().id(),
                viewModel::comment);
        VBox selected = new VBox(6, selectedBar, comment);
        selected.getStyleClass().add("details-content");
        selected.visibleProperty().bind(viewModel.selectedRowProperty().isNotNull());
        selected.managedProperty().bind(selected.visibleProperty());

        VBox listBox = new VBox(4, only, list);
        listBox.getStyleClass().add("list-box");
        VBox.setVgrow(listBox, Priority.ALWAYS);
        getChildren().addAll(form, listBox, selected);

        viewModel.selectedRowProperty().addListener((observable, before, after) -> showSelected(after));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<RelationRow>) change ->
                showSelected(viewModel.selectedRowProperty().get()));
        showSelected(viewModel.selectedRowProperty().get());
    }

    /** Starts a relation from a code and puts the keyboard on the second code. */
    public void startFrom(UUID codeId) {
        viewModel.startFrom(codeId);
        from.requestFocus();
    }

    private void showSelected(RelationRow row) {
        updating = true;
        try {
            commentCommit.show(row == null ? "" : row.comment());
            if (row == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            selectedType.setValue(row.type());
            ListSelection.select(list, RelationRow::id, row.id());
        } finally {
            updating = false;
        }
    }

    private void fillTypes(MenuButton menu) {
        menu.getItems().clear();
        MenuItem add = new MenuItem(lang("New relation type…"));
        add.setId("menu-new-relation-type");
        add.setOnAction(event -> viewModel.newType());
        menu.getItems().add(add);
        boolean separated = false;
        for (RelationType type : viewModel.types()) {
            if (type.builtIn()) {
                continue;
            }
            if (!separated) {
                menu.getItems().add(new SeparatorMenuItem());
                separated = true;
            }
            MenuItem rename = new MenuItem(lang("Rename…"));
            rename.setOnAction(event -> viewModel.renameType(type.id()));
            MenuItem delete = new MenuItem(lang("Delete"));
            delete.setOnAction(event -> viewModel.deleteType(type.id()));
            Menu entry = new Menu(RelationTypeNames.of(type) + (type.directed() ? "  →" : "  —"), null, rename, delete);
            entry.setMnemonicParsing(false);
            menu.getItems().add(entry);
        }
    }

    private ComboBox<CodeItem> codeBox(String id, javafx.beans.property.ObjectProperty<CodeItem> value) {
        ComboBox<CodeItem> box = ComboWidths.fromFirstRows(new ComboBox<>(viewModel.codes()));
        box.setId(id);
        box.setPromptText(lang("Choose a code"));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(14);
        box.setCellFactory(view -> new CodeItemCell());
        box.setButtonCell(new CodeItemCell());
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private ComboBox<RelationType> typeBox(String id) {
        ComboBox<RelationType> box = new ComboBox<>(viewModel.types());
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(typeNames());
        return box;
    }

    private static StringConverter<RelationType> typeNames() {
        return ChoiceLabels.of(type -> RelationTypeNames.of(type) + (type.directed() ? "  →" : "  —"));
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A code with its colour. */
    private static final class CodeItemCell extends ListCell<CodeItem> {
        @Override
        protected void updateItem(CodeItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.name());
            setGraphic(new Circle(5, Color.web(item.colour())));
        }
    }

    /** "Fears — is cause of → Obstacles" with the comment below. */
    private static final class RelationCell extends ListCell<RelationRow> {
        private final Label phrase = new Label();
        private final Label note = new Label();
        private final VBox box = new VBox(1, phrase, note);

        RelationCell() {
            phrase.getStyleClass().add("item-title");
            note.getStyleClass().add("item-details");
            note.managedProperty().bind(note.visibleProperty());
            phrase.setMinWidth(0);
            note.setMinWidth(0);
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(RelationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            phrase.setText(row.phrase());
            note.setText(row.comment().replaceAll("\\s+", " ").strip());
            note.setVisible(!row.comment().isBlank());
            setTooltip(new Tooltip(row.phrase() + (row.comment().isBlank() ? "" : "\n" + row.comment())));
            setGraphic(box);
        }
    }
}
