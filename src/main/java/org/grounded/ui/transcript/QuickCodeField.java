package org.grounded.ui.transcript;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Popup;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The quick-code box: typing shows the matching codes in a list under the box (the first line
 * highlighted), Up and Down move in it, Enter applies the highlighted code, or creates the new
 * one the last line offers; Escape gives the keyboard back to the text. Opened with Ctrl+K (or
 * Down), an empty box lists the codes applied last.
 */
final class QuickCodeField extends TextField {

    private final Function<String, List<QuickCodeChoice>> choices;
    private final Predicate<QuickCodeChoice> apply;
    private final Runnable done;
    private final ListView<QuickCodeChoice> list = new ListView<>();
    private final Popup popup = new Popup();

    /**
     * @param choices the list for what was typed
     * @param apply   applies a choice; true when it coded something
     * @param done    gives the focus back to the text
     */
    QuickCodeField(Function<String, List<QuickCodeChoice>> choices, Predicate<QuickCodeChoice> apply, Runnable done) {
        this.choices = choices;
        this.apply = apply;
        this.done = done;
        setId("quick-code");
        getStyleClass().add("quick-code");
        setPromptText(lang("Code as… (Ctrl+K)"));
        list.setId("quick-code-list");
        list.getStyleClass().add("quick-code-list");
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new ChoiceCell());
        list.setPrefHeight(8 * 27 + 4);
        list.setOnMouseClicked(event -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                commit(list.getSelectionModel().getSelectedItem());
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);
        // A click elsewhere closes the list and still does what it was meant to do.
        popup.setConsumeAutoHidingEvents(false);

        textProperty().addListener((observable, before, typed) -> {
            if (isFocused()) {
                update();
            }
        });
        focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Puts the keyboard here and shows the list (Ctrl+K): the codes applied last, or those matching. */
    void open() {
        requestFocus();
        update();
    }

    private void key(KeyEvent event) {
        KeyCode code = event.getCode();
        if ((code == KeyCode.DOWN || code == KeyCode.UP) && !popup.isShowing()) {
            update();
            event.consume();
        } else if (code == KeyCode.DOWN || code == KeyCode.UP) {
            int size = list.getItems().size();
            if (size > 0) {
                int index = list.getSelectionModel().getSelectedIndex() + (code == KeyCode.DOWN ? 1 : -1);
                list.getSelectionModel().select(Math.max(0, Math.min(size - 1, index)));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
            }
            event.consume();
        } else if (code == KeyCode.ENTER) {
            QuickCodeChoice choice = list.getSelectionModel().getSelectedItem();
            if (choice != null) {
                commit(choice);
            }
            event.consume();
        } else if (code == KeyCode.ESCAPE) {
            clear();
            popup.hide();
            done.run();
            event.consume();
        }
    }

    private void commit(QuickCodeChoice choice) {
        if (apply.test(choice)) {
            clear();
            popup.hide();
            done.run();
        }
    }

    /** Refreshes the list for what is typed and shows it under the box. */
    private void update() {
        List<QuickCodeChoice> found = choices.apply(getText());
        list.getItems().setAll(found);
        if (found.isEmpty() || !isFocused()) {
            popup.hide();
            return;
        }
        list.getSelectionModel().select(0);
        list.setPrefWidth(Math.max(getWidth(), 260));
        list.setPrefHeight(Math.min(found.size(), 8) * 27 + 4);
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds bounds = localToScreen(getBoundsInLocal());
            if (bounds != null) {
                popup.show(this, bounds.getMinX(), bounds.getMaxY() + 2);
            }
        }
    }

    /** A code's colour and name, or "New code 'name'" in italics. */
    private static final class ChoiceCell extends ListCell<QuickCodeChoice> {
        private final Circle dot = new Circle(5);
        private final Label name = new Label();
        private final HBox box = new HBox(8, dot, name);

        ChoiceCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            name.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(QuickCodeChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setGraphic(null);
                return;
            }
            dot.setFill(Color.web(choice.colour()));
            name.setText(choice.label());
            name.getStyleClass().remove("new-code");
            if (choice.isNew()) {
                name.getStyleClass().add("new-code");
            }
            setText(null);
            setGraphic(box);
        }
    }
}
