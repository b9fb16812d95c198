package org.grounded.ui.codes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.grounded.ui.common.CodingLevelNames;
import org.grounded.model.CodingLevel;
import org.grounded.ui.common.Formats;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The code tree: colour swatch, name, core mark, level and quotation counts; categories expand to
 * their sub-codes. A filter box and a chooser (level, core, code group) narrow it. Codes are
 * dragged onto the transcript to code text, and onto another code to become its sub-code (onto
 * the empty space below the tree to go back to the top level). The context menu holds the
 * codebook's edits; Enter codes the text selection with the selected code, Delete deletes it.
 */
public final class CodeTreeView extends VBox {

    private final CodeTreeViewModel viewModel;
    private final TreeView<CodeNode> tree = new TreeView<>();
    private final TextField filter = new TextField();
    private final Set<UUID> collapsed = new HashSet<>();
    private Consumer<UUID> onApply = id -> { };
    private Consumer<UUID> onRelate = id -> { };
    private Consumer<UUID> onMemo = id -> { };
    private boolean rebuilding;

    public CodeTreeView(CodeTreeViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("code-tree-view");
        Label title = new Label(lang("Codes"));
        title.getStyleClass().add("pane-title");
        title.setMaxWidth(Double.MAX_VALUE);

        tree.setId("code-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(view -> new CodeCell());
        tree.setOnContextMenuRequested(event -> {
            List<UUID> ids = selectedIds();
            new CodeMenu(viewModel, ids, ids.isEmpty() ? null : find(tree.getRoot(), ids.get(0))
                    .map(TreeItem::getValue).orElse(null), onRelate, onMemo)
                    .show(tree, event.getScreenX(), event.getScreenY());
            event.consume();
        });
        tree.setOnKeyPressed(event -> {
            UUID selected = viewModel.selectedCodeProperty().get();
            if (selected != null && event.getCode() == KeyCode.ENTER) {
                onApply.accept(selected);
                event.consume();
            } else if (selected != null && event.getCode() == KeyCode.DELETE) {
                viewModel.delete(selected);
                event.consume();
            }
        });
        Label empty = new Label();
        empty.setId("code-tree-empty");
        empty.textProperty().bind(Bindings.createStringBinding(() -> viewModel.countingProperty().get()
                ? lang("Counting the quotations of each code…")
                : lang("No codes yet.\nSelect text and type a name in the quick-code box, or press +."),
                viewModel.countingProperty()));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        StackPane body = new StackPane(tree, empty);
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.roots().isEmpty(),
                viewModel.rootsProperty()));
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(title, toolBar(), body);

        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (!rebuilding) {
                viewModel.selectedCodeProperty().set(after == null || after.getValue() == null ? null
                        : after.getValue().id());
            }
        });
        viewModel.selectedCodeProperty().addListener((observable, before, after) -> reselect(after));
        viewModel.rootsProperty().addListener((observable, before, after) -> rebuild(after));
        rebuild(viewModel.roots());
    }

    private HBox toolBar() {
        filter.setId("code-filter");
        filter.setPromptText(lang("Find code"));
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
                tree.requestFocus();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                tree.requestFocus();
                if (tree.getSelectionModel().isEmpty()) {
                    tree.getSelectionModel().selectFirst();
                }
                event.consume();
            }
        });
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<CodeScope> scope = new ComboBox<>(viewModel.scopes());
        scope.setId("code-scope");
        scope.valueProperty().bindBidirectional(viewModel.scopeProperty());
        scope.setTooltip(new Tooltip(lang("Show all codes, one coding level, the core categories and themes, or a code group")));
        scope.setPrefWidth(150); // "Todos los códigos" whole in Spanish
        scope.setMinWidth(90);
        Button add = new Button("+");
        add.setId("new-code");
        add.getStyleClass().add("pane-button");
        add.setTooltip(new Tooltip(lang("New code (Ctrl+Shift+N); with a code selected, right-click for a sub-code")));
        add.setOnAction(event -> viewModel.newCode(null));
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, filter, scope, add);
        bar.getStyleClass().add("pane-tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Enter on a code: code the transcript's selection with it. */
    public void setOnApply(Consumer<UUID> action) {
        onApply = action;
    }

    /** "Relate to…": start a relation from the code. */
    public void setOnRelate(Consumer<UUID> action) {
        onRelate = action;
    }

    /** "New memo about this code". */
    public void setOnMemo(Consumer<UUID> action) {
        onMemo = action;
    }

    /** Puts the keyboard in the filter box (Ctrl+Shift+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private List<UUID> selectedIds() {
        List<UUID> ids = new ArrayList<>();
        for (TreeItem<CodeNode> item : tree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                ids.add(item.getValue().id());
            }
        }
        return ids;
    }

    /**
     * Shows new nodes. When the tree keeps its shape (a coding action changes counts, a rename a
     * name), the items stay and only those whose code changed get their new node, and only their
     * cells redraw (each cell follows its item's value; the tree is not told, since it would
     * redo every visible cell); otherwise the items are rebuilt.
     */
    private void rebuild(List<CodeNode> roots) {
        if (sameShape(tree.getRoot().getChildren(), roots)) {
            update(tree.getRoot().getChildren(), roots);
            return;
        }
        rebuildItems(roots);
    }

    /** Whether the items hold the same codes in the same places as the nodes. */
    private static boolean sameShape(List<TreeItem<CodeNode>> items, List<CodeNode> nodes) {
        if (items.size() != nodes.size()) {
            return false;
        }
        for (int i = 0; i < nodes.size(); i++) {
            TreeItem<CodeNode> item = items.get(i);
            if (item.getValue() == null || !item.getValue().id().equals(nodes.get(i).id())
                    || !sameShape(item.getChildren(), nodes.get(i).children())) {
                return false;
            }
        }
        return true;
    }

    private void update(List<TreeItem<CodeNode>> items, List<CodeNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            TreeItem<CodeNode> item = items.get(i);
            CodeNode node = nodes.get(i);
            if (!node.equals(item.getValue())) {
                item.setValue(node);
                update(item.getChildren(), node.children());
            }
        }
    }

    /** Rebuilds the items, keeping which categories the user collapsed and what was selected. */
    private void rebuildItems(List<CodeNode> roots) {
        Set<UUID> selected = new HashSet<>(selectedIds());
        Optional.ofNullable(viewModel.selectedCodeProperty().get()).ifPresent(selected::add);
        UUID focused = viewModel.selectedCodeProperty().get();
        int firstRow = firstVisibleRow();
        rebuilding = true;
        try {
            TreeItem<CodeNode> root = new TreeItem<>();
            List<TreeItem<CodeNode>> toSelect = new ArrayList<>();
            for (CodeNode node : roots) {
                root.getChildren().add(item(node, selected, toSelect));
            }
            tree.setRoot(root);
            if (firstRow > 0) {
                tree.scrollTo(firstRow);
            }
            for (TreeItem<CodeNode> item : toSelect) {
                tree.getSelectionModel().select(item);
            }
            toSelect.stream().filter(item -> item.getValue().id().equals(focused)).findFirst()
                    .ifPresent(item -> tree.getSelectionModel().select(item));
        } finally {
            rebuilding = false;
        }
    }

    /** The row at the top of the view, so that a rebuilt tree stays where the user scrolled it. */
    private int firstVisibleRow() {
        if (tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex();
        }
        return 0;
    }

    private TreeItem<CodeNode> item(CodeNode node, Set<UUID> selected, List<TreeItem<CodeNode>> toSelect) {
        TreeItem<CodeNode> item = new TreeItem<>(node);
        // Its cell redraws itself when the value changes; the event would make the tree redo all cells.
        item.addEventHandler(TreeItem.<CodeNode>valueChangedEvent(), Event::consume);
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
        if (selected.contains(node.id())) {
            toSelect.add(item);
        }
        return item;
    }

    /** Follows a code chosen elsewhere (a merge's survivor, a new code), opening its category. */
    private void reselect(UUID codeId) {
        if (rebuilding || codeId == null) {
            return;
        }
        TreeItem<CodeNode> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue() != null && selected.getValue().id().equals(codeId)) {
            return;
        }
        find(tree.getRoot(), codeId).ifPresent(item -> {
            for (TreeItem<CodeNode> parent = item.getParent(); parent != null; parent = parent.getParent()) {
                parent.setExpanded(true);
            }
            tree.getSelectionModel().clearSelection();
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        });
    }

    private static Optional<TreeItem<CodeNode>> find(TreeItem<CodeNode> from, UUID codeId) {
        if (from.getValue() != null && from.getValue().id().equals(codeId)) {
            return Optional.of(from);
        }
        for (TreeItem<CodeNode> child : from.getChildren()) {
            Optional<TreeItem<CodeNode>> found = find(child, codeId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A code: swatch, name, core star, level, own count and (for categories) the count with sub-codes. */
    private final class CodeCell extends TreeCell<CodeNode> {
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final Label core = new Label("★");
        private final Label level = new Label();
        private final Label count = new Label();
        private final Label total = new Label();
        private final Tooltip tooltip = new Tooltip();
        private final HBox box;
        private final ChangeListener<CodeNode> valueListener = (observable, before, after) -> {
            if (!isEmpty() && after != null) {
                updateItem(after, false);
            }
        };
        private String swatchColour;

        CodeCell() {
            swatch.getStyleClass().add("code-swatch");
            name.getStyleClass().add("code-name");
            core.getStyleClass().add("code-core");
            level.getStyleClass().add("code-level");
            count.getStyleClass().add("code-count");
            total.getStyleClass().add("code-total");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            name.setMinWidth(40);
            count.managedProperty().bind(count.visibleProperty());
            for (Label label : List.of(core, level, total)) {
                label.setMinWidth(Region.USE_PREF_SIZE);
                label.managedProperty().bind(label.visibleProperty());
            }
            box = new HBox(6, swatch, name, core, level, spacer, count, total);
            box.setAlignment(Pos.CENTER_LEFT);
            // A cell asks for no width of its own, so the tree never scrolls sideways: long names shorten.
            setPrefWidth(0);
            treeItemProperty().addListener((observable, before, after) -> {
                if (before != null) {
                    before.valueProperty().removeListener(valueListener);
                }
                if (after != null) {
                    after.valueProperty().addListener(valueListener);
                }
            });
            installDrag();
        }

        private void installDrag() {
            setOnDragDetected(event -> {
                if (getItem() != null) {
                    CodeDrag.put(startDragAndDrop(TransferMode.COPY_OR_MOVE), getItem().id(), getItem().name());
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                Optional<UUID> dragged = CodeDrag.codeId(event.getDragboard());
                if (dragged.isPresent() && acceptsDrop(dragged.get())) {
                    event.acceptTransferModes(TransferMode.MOVE);
                    if (!getStyleClass().contains("drop-target")) {
                        getStyleClass().add("drop-target");
                    }
                }
                event.consume();
            });
            setOnDragExited(event -> getStyleClass().remove("drop-target"));
            setOnDragDropped(event -> {
                Optional<UUID> dragged = CodeDrag.codeId(event.getDragboard());
                boolean moved = false;
                if (dragged.isPresent() && acceptsDrop(dragged.get())) {
                    moved = getItem() == null ? viewModel.moveToTopLevel(dragged.get())
                            : viewModel.moveUnder(dragged.get(), getItem().id());
                }
                event.setDropCompleted(moved);
                event.consume();
            });
        }

        /** Onto a code: under it; onto the empty rows below the tree: back to the top level. */
        private boolean acceptsDrop(UUID dragged) {
            if (getItem() == null) {
                return viewModel.canEdit() && isEmpty();
            }
            return viewModel.canMoveUnder(dragged, getItem().id());
        }

        @Override
        protected void updateItem(CodeNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            if (!node.colour().equals(swatchColour)) {
                swatchColour = node.colour();
                swatch.setStyle("-fx-background-color: " + node.colour() + ";");
            }
            name.setText(node.name());
            // Only a real change touches the style classes: each change makes the label look itself up again.
            marked(name, "category", node.isCategory());
            marked(name, "unmatched", !node.matches());
            core.setVisible(node.core());
            level.setVisible(node.level() != CodingLevel.OPEN);
            level.setText(node.level() == CodingLevel.AXIAL ? "A" : "S");
            count.setText(Formats.number(node.direct()));
            count.setVisible(!node.isCategory() || node.direct() > 0);
            total.setVisible(node.isCategory());
            total.setText("Σ " + Formats.number(node.quotations()));
            tooltip.setText(tooltip(node));
            if (getTooltip() != tooltip) {
                setTooltip(tooltip);
            }
            setText(null);
            setGraphic(box);
        }

        private static void marked(Label label, String styleClass, boolean on) {
            if (on != label.getStyleClass().contains(styleClass)) {
                if (on) {
                    label.getStyleClass().add(styleClass);
                } else {
                    label.getStyleClass().remove(styleClass);
                }
            }
        }

        private static String tooltip(CodeNode node) {
            String own = node.direct() == 1 ? lang("1 quotation coded '%0'", node.name())
                    : lang("%0 quotations coded '%1'", node.direct(), node.name());
            String text = node.isCategory() ? lang("%0; %1 with its sub-codes", own,
                    Formats.plural(node.quotations(), lang("%0 quotation"), lang("%0 quotations"))) : own;
            return text + "\n" + (node.core() ? lang("Level: %0, core", CodingLevelNames.codeOf(node.level()))
                    : lang("Level: %0", CodingLevelNames.codeOf(node.level())));
        }
    }
}
