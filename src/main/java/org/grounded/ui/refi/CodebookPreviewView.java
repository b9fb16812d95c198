package org.grounded.ui.refi;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The codebook preview: the codes of a .qdc as a tree, which of them are new to the project, and
 * an Import button that says how many will be added.
 */
public final class CodebookPreviewView extends Dialog<Boolean> {

    public CodebookPreviewView(CodebookPreviewViewModel viewModel) {
        setTitle(viewModel.title());
        setHeaderText(viewModel.title());
        setResizable(true);

        Label summary = new Label(viewModel.summary());
        summary.setId("codebook-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("dialog-message");

        ListView<CodebookPreviewViewModel.CodeRow> list = new ListView<>(FXCollections.observableList(viewModel.rows()));
        list.setId("codebook-codes");
        list.getStyleClass().add("codebook-codes");
        list.setCellFactory(view -> new CodeRowCell());
        list.setPrefHeight(Math.min(380, 34 * viewModel.rows().size() + 8));
        list.setFocusTraversable(false);

        VBox content = new VBox(10, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(520);

        ButtonType importButton = new ButtonType(viewModel.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        setResultConverter(button -> button == importButton);
    }

    /** Indented by depth: swatch, name (bold for categories), and whether it is new. */
    private static final class CodeRowCell extends ListCell<CodebookPreviewViewModel.CodeRow> {
        private final Region swatch = new Region();
        private final Label name = new Label();
        private final Label state = new Label();
        private final HBox box;

        CodeRowCell() {
            swatch.getStyleClass().add("code-swatch");
            name.getStyleClass().add("code-name");
            name.setMinWidth(40);
            state.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(8, swatch, name, spacer, state);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(CodebookPreviewViewModel.CodeRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            box.setPadding(new Insets(0, 0, 0, 18 * row.depth()));
            swatch.setStyle("-fx-background-color: " + row.colour() + ";");
            name.setText(row.name());
            name.getStyleClass().remove("category");
            if (row.isCategory()) {
                name.getStyleClass().add("category");
            }
            state.setText(row.isNew() ? lang("new") : lang("already in the project"));
            state.getStyleClass().setAll("label", row.isNew() ? "code-new" : "code-existing");
            setGraphic(box);
        }
    }
}
