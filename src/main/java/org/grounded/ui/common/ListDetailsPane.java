package org.grounded.ui.common;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/**
 * The list-plus-details skeleton the memos, participants and relations panes share: a list of
 * rows that follows the view model's selection (by id) with a hint when it is empty, and below
 * it the chosen item's details, or a hint while nothing is chosen.
 */
public final class ListDetailsPane {

    private ListDetailsPane() {
    }

    /**
     * The list of rows: selecting a row sets {@code selected} to its id, and the list follows
     * {@code selected}; while {@code updating} is true (the pane is showing a change) selection
     * events are ignored.
     */
    public static <R> ListView<R> list(ObservableList<R> rows, String id, Callback<ListView<R>, ListCell<R>> cells,
                                       String whenEmpty, Function<R, UUID> idOf, ObjectProperty<UUID> selected,
                                       BooleanSupplier updating) {
        ListView<R> list = new ListView<>(rows);
        list.setId(id);
        list.setCellFactory(cells);
        list.setPlaceholder(hint(whenEmpty));
        ListSelection.follow(list, idOf, selected, updating);
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    /** The details while an item is chosen ({@code shown} not null), else the hint. */
    public static StackPane detailsOrHint(Node details, ObservableObjectValue<?> shown, String whenNothingChosen) {
        Label hint = hint(whenNothingChosen);
        details.visibleProperty().bind(Bindings.isNotNull(shown));
        hint.visibleProperty().bind(Bindings.isNull(shown));
        return new StackPane(details, hint);
    }

    /** A wrapped, muted hint ("No memos here yet…"). */
    public static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("placeholder");
        return label;
    }
}
