package org.grounded.ui.codes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.grounded.ui.Formats;

/** The code tree: colour swatch, name and quotation count; categories expand to their sub-codes. */
public final class CodeTreeView extends VBox {

    private final CodeTreeViewModel viewModel;
    private final TreeView<CodeNode> tree = new TreeView<>();
    private final Set<UUID> collapsed = new HashSet<>();

    public CodeTreeView(CodeTreeViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("code-tree-view");
        Label title = new Label("Codes");
        title.getStyleClass().add("pane-title");
        title.setMaxWidth(Double.MAX_VALUE);

        tree.setId("code-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(view -> new CodeCell());
        Label empty = new Label("No codes yet.");
        empty.getStyleClass().add("placeholder");
        StackedPlaceholder body = new StackedPlaceholder(tree, empty);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.roots().isEmpty(), viewModel.rootsProperty()));
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(title, body);

        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, after) ->
                viewModel.selectedCodeProperty().set(after == null || after.getValue() == null ? null
                        : after.getValue().id()));
        viewModel.rootsProperty().addListener((observable, before, after) -> rebuild(after));
        rebuild(viewModel.roots());
    }

    /** Rebuilds the items, keeping which categories the user collapsed and what was selected. */
    private void rebuild(List<CodeNode> roots) {
        UUID selected = viewModel.selectedCodeProperty().get();
        TreeItem<CodeNode> root = new TreeItem<>();
        java.util.concurrent.atomic.AtomicReference<TreeItem<CodeNode>> toSelect = new java.util.concurrent.atomic.AtomicReference<>();
        for (CodeNode node : roots) {
            root.getChildren().add(item(node, selected, toSelect));
        }
        tree.setRoot(root);
        if (toSelect.get() != null) {
            tree.getSelectionModel().select(toSelect.get());
        }
    }

    private TreeItem<CodeNode> item(CodeNode node, UUID selected, java.util.concurrent.atomic.AtomicReference<TreeItem<CodeNode>> toSelect) {
        TreeItem<CodeNode> item = new TreeItem<>(node);
        for (CodeNode child : node.children()) {
            item.getChildren().add(item(child, selected, toSelect));
        }
        item.setExpanded(!collapsed.contains(node.id()));
        item.expandedProperty().addListener((observable, before, expanded) -> {
            if (expanded) {
                collapsed.remove(node.id());
            } else {
                collapsed.add(node.id());
            }
        });
        if (node.id().equals(selected)) {
            toSelect.set(item);
        }
        return item;
    }

    /** A swatch in the code's colour, the name, and the count at the right edge. */
    private static final class CodeCell extends TreeCell<CodeNode> {
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        CodeCell() {
            swatch.getStyleClass().add("code-swatch");
            name.getStyleClass().add("code-name");
            count.getStyleClass().add("code-count");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            name.setMinWidth(40);
            count.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(8, swatch, name, spacer, count);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CodeNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            swatch.setStyle("-fx-background-color: " + node.colour() + ";");
            name.setText(node.name());
            name.getStyleClass().remove("category");
            if (node.isCategory()) {
                name.getStyleClass().add("category");
            }
            count.setText(Formats.number(node.quotations()));
            setText(null);
            setGraphic(box);
        }
    }

    /** The tree with a message over it while it is empty. */
    private static final class StackedPlaceholder extends javafx.scene.layout.StackPane {
        StackedPlaceholder(TreeView<?> tree, Label placeholder) {
            super(tree, placeholder);
            placeholder.setMouseTransparent(true);
        }
    }
}
