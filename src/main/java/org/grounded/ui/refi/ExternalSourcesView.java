package org.grounded.ui.refi;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.grounded.io.refi.RefiImportReport;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Asks, during a .qdpx import, whether to read the files outside the archive that it points to:
 * the files by name and path, and a checkbox (off) that reads them.
 */
public final class ExternalSourcesView extends Dialog<Boolean> {

    public ExternalSourcesView(ExternalSourcesViewModel viewModel) {
        setTitle(viewModel.title());
        setHeaderText(viewModel.title());
        setResizable(true);

        Label message = new Label(viewModel.message());
        message.setId("external-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("dialog-message");

        ListView<RefiImportReport.ExternalFile> list = new ListView<>(FXCollections.observableList(viewModel.files()));
        list.setId("external-files");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RefiImportReport.ExternalFile file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? null : file.item() + " — " + file.file());
            }
        });
        list.setPrefHeight(Math.min(240, 28 * viewModel.files().size() + 8));
        list.setFocusTraversable(false);

        CheckBox read = new CheckBox(viewModel.checkboxLabel());
        read.setId("external-read");
        read.selectedProperty().bindBidirectional(viewModel.readProperty());

        VBox content = new VBox(10, message, list, read);
        VBox.setVgrow(list, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(560);

        ButtonType continueButton = new ButtonType(lang("Continue import"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(continueButton, ButtonType.CANCEL);
        setResultConverter(button -> button == continueButton);
    }
}
