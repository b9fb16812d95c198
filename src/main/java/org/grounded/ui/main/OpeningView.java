package org.grounded.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * What the window shows while a project is being opened: the file's name and a progress bar in
 * the middle, over whatever was there (a large study takes seconds to read), with Cancel. Without
 * it the welcome screen stayed clickable and nothing but a status line said the file was taken.
 */
final class OpeningView extends VBox {

    OpeningView(ObservableStringValue opening, Runnable cancel) {
        super(12);
        setId("opening-view");
        getStyleClass().add("opening-view");
        setAlignment(Pos.CENTER);
        Label title = new Label();
        title.setId("opening-title");
        title.getStyleClass().add("opening-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> lang("Opening %0…", opening.get()), opening));
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(320);
        Label detail = new Label(lang("Reading the project, checking it and replaying unsaved edits"));
        detail.getStyleClass().add("opening-detail");
        Button cancelButton = new Button(lang("Cancel"));
        cancelButton.setId("opening-cancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(event -> cancel.run());
        getChildren().addAll(title, bar, detail, cancelButton);
        visibleProperty().bind(Bindings.createBooleanBinding(() -> !opening.get().isEmpty(), opening));
        managedProperty().bind(visibleProperty());
    }
}
