package org.grounded.ui.dialog;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.grounded.model.TextFolding;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Picks one item of a long list: a filter box above the list (accents and case ignored), arrows
 * move in the list from the box, Enter or a double click takes the highlighted item.
 */
final class PickDialog<T> extends Dialog<T> {

    PickDialog(String title, String message, List<T> options, Function<T, String> label) {
        setTitle(title);
        setHeaderText(title);
        FilteredList<T> shown = new FilteredList<>(FXCollections.observableArrayList(options));
        TextField filter = new TextField();
        filter.setId("pick-filter");
        filter.setPromptText(lang("Type to filter"));
        ListView<T> list = new ListView<>(shown);
        list.setId("pick-list");
        list.setPrefHeight(280);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        filter.textProperty().addListener((observable, before, typed) -> {
            String wanted = TextFolding.fold(typed).strip();
            shown.setPredicate(item -> wanted.isEmpty() || TextFolding.fold(label.apply(item)).contains(wanted));
            list.getSelectionModel().selectFirst();
        });
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
                int step = event.getCode() == KeyCode.DOWN ? 1 : -1;
                int index = Math.max(0, Math.min(shown.size() - 1, list.getSelectionModel().getSelectedIndex() + step));
                list.getSelectionModel().select(index);
                list.scrollTo(index);
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem());
                close();
            }
        });
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("dialog-message");
        getDialogPane().setContent(new VBox(8, text, filter, list));
        getDialogPane().setPrefWidth(440);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectFirst();
        setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        Platform.runLater(filter::requestFocus);
    }
}
