package org.grounded.ui.transcript;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The find bar above the transcript (Ctrl+F): a field, "3 of 17", previous and next, close.
 * Enter goes to the next match, Shift+Enter to the previous one, Esc closes the bar.
 */
final class FindBar extends HBox {

    private final FindViewModel viewModel;
    private final TextField field = new TextField();

    /** @param onClosed gives the keyboard back to the text */
    FindBar(FindViewModel viewModel, Runnable onClosed) {
        super(6);
        this.viewModel = viewModel;
        setId("find-bar");
        getStyleClass().addAll("coding-bar", "find-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label label = new Label(lang("Find"));
        label.getStyleClass().add("bar-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setId("find-query");
        field.getStyleClass().add("quick-code");
        field.setPromptText(lang("Find in this transcript"));
        field.setPrefColumnCount(22);
        field.setMaxWidth(320);
        HBox.setHgrow(field, Priority.SOMETIMES);
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.setTooltip(new Tooltip(lang("Case and accents do not matter: donacion finds donación.") + " "
                + lang("Enter: next, Shift+Enter: previous, Esc: close")));

        Label status = new Label();
        status.setId("find-status");
        status.getStyleClass().add("bar-label");
        status.textProperty().bind(viewModel.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);

        Button previous = new Button("▲");
        previous.setId("find-previous");
        previous.setTooltip(new Tooltip(lang("Previous match (Shift+Enter)")));
        previous.setOnAction(event -> viewModel.previous());
        Button next = new Button("▼");
        next.setId("find-next");
        next.setTooltip(new Tooltip(lang("Next match (Enter)")));
        next.setOnAction(event -> viewModel.next());
        previous.disableProperty().bind(viewModel.currentProperty().lessThan(0));
        next.disableProperty().bind(viewModel.currentProperty().lessThan(0));
        previous.setFocusTraversable(false);
        next.setFocusTraversable(false);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("✕");
        close.setId("find-close");
        close.setTooltip(new Tooltip(lang("Close the find bar (Esc)")));
        close.setFocusTraversable(false);
        close.setOnAction(event -> {
            viewModel.close();
            onClosed.run();
        });
        getChildren().addAll(label, field, previous, next, status, spacer, close);

        visibleProperty().bind(viewModel.openProperty());
        managedProperty().bind(visibleProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    viewModel.previous();
                } else {
                    viewModel.next();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                viewModel.close();
                onClosed.run();
                event.consume();
            }
        });
    }

    /** Puts the keyboard in the field with its text selected, so typing replaces it. */
    void focusField() {
        field.requestFocus();
        field.selectAll();
    }
}
