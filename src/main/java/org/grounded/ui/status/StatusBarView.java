package org.grounded.ui.status;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import static org.grounded.ui.i18n.Localization.lang;

/** The status bar: project location, counts, save state, background work. */
public final class StatusBarView extends HBox {

    public StatusBarView(StatusBarViewModel viewModel) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        Label location = label("status-location", viewModel.locationProperty());
        location.setMinWidth(80);
        location.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        Label counts = label("status-counts", viewModel.countsProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Label saveState = label("status-save-state", viewModel.saveStateProperty());
        saveState.setMinWidth(Region.USE_PREF_SIZE);

        Label activity = label("status-activity", viewModel.activityProperty());
        activity.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(120);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());
        activity.visibleProperty().bind(viewModel.busyProperty());
        activity.managedProperty().bind(viewModel.busyProperty());
        Button cancel = new Button(lang("Cancel"));
        cancel.setId("status-cancel");
        cancel.setFocusTraversable(false);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(event -> viewModel.cancelActivity());
        cancel.visibleProperty().bind(viewModel.busyProperty().and(viewModel.cancellableProperty()));
        cancel.managedProperty().bind(cancel.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(location, Priority.SOMETIMES);
        Separator first = separator();
        Separator second = separator();
        first.visibleProperty().bind(viewModel.countsProperty().isNotEmpty());
        second.visibleProperty().bind(viewModel.saveStateProperty().isNotEmpty());
        getChildren().addAll(location, first, counts, spacer, activity, progress, cancel, second, saveState);
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
