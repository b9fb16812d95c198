package org.grounded.ui.analysis;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import static org.grounded.ui.i18n.Localization.lang;

/** The bottom line of an analysis window: a problem with the options, or what the last export did. */
public final class StatusLine extends HBox {

    public StatusLine(String id, ObservableStringValue problem, ObservableStringValue message,
                      ObservableBooleanValue computing) {
        super(8);
        getStyleClass().add("analysis-status");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId(id);
        text.textProperty().bind(Bindings.createStringBinding(
                () -> problem.get().isEmpty() ? message.get() : problem.get(), problem, message));
        text.getStyleClass().add("status-text");
        problem.addListener((observable, before, after) -> {
            text.getStyleClass().remove("problem-label");
            if (!after.isEmpty()) {
                text.getStyleClass().add("problem-label");
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(computing);
        Label counting = new Label(lang("Counting…"));
        counting.visibleProperty().bind(computing);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(text, spacer, counting, spinner);
    }
}
