package org.grounded.ui.analysis;

import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

/**
 * The passages behind a count, as cards: where and whose, the codes, the text in context.
 * Double-click (or Enter) opens a passage in the main window's transcript viewer.
 */
public final class PassageListView extends ListView<PassageCard> {

    public PassageListView(ObservableList<PassageCard> cards, String placeholder, Consumer<PassageCard> open) {
        super(cards);
        getStyleClass().add("passage-list");
        Label empty = new Label(placeholder);
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        setPlaceholder(empty);
        setCellFactory(list -> new CardCell());
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected(open);
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected(open);
            }
        });
    }

    /** Opens the selected passage and brings the main window (this window's owner) to the front. */
    private void openSelected(Consumer<PassageCard> open) {
        PassageCard card = getSelectionModel().getSelectedItem();
        if (card == null) {
            return;
        }
        open.accept(card);
        if (getScene() != null && getScene().getWindow() instanceof Stage stage
                && stage.getOwner() instanceof Stage main) {
            main.toFront();
            main.requestFocus();
        }
    }

    private final class CardCell extends ListCell<PassageCard> {
        private final Label source = new Label();
        private final FlowPane codes = new FlowPane(10, 4);
        private final TextFlow text = new TextFlow();
        private final Label note = new Label();
        private final VBox card = new VBox(5, new HBox(12, source, codes), text, note);

        CardCell() {
            getStyleClass().add("passage-cell");
            source.getStyleClass().add("passage-source");
            source.setMinWidth(Region.USE_PREF_SIZE);
            note.getStyleClass().add("passage-note");
            text.getStyleClass().add("passage-text");
            ((HBox) card.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
            // Wrap at the list's width, leaving room for the scroll bar and the cell's padding.
            text.prefWidthProperty().bind(PassageListView.this.widthProperty().subtract(48));
            text.maxWidthProperty().bind(text.prefWidthProperty());
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PassageCard item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            source.setText(item.source());
            codes.getChildren().clear();
            for (PassageCard.CodeTag tag : item.codes()) {
                Region swatch = new Region();
                swatch.getStyleClass().add("code-swatch");
                swatch.setStyle("-fx-background-color: " + tag.colour() + ";");
                Label name = new Label(tag.name(), swatch);
                name.getStyleClass().add("passage-code");
                codes.getChildren().add(name);
            }
            text.getChildren().clear();
            for (PassageCard.Segment segment : item.segments()) {
                Text run = new Text(segment.text());
                run.getStyleClass().add(switch (segment.kind()) {
                    case CONTEXT -> "passage-context";
                    case PASSAGE -> "passage-quoted";
                    case OVERLAP -> "passage-overlap";
                });
                text.getChildren().add(run);
            }
            note.setText(item.note());
            note.setVisible(!item.note().isEmpty());
            note.setManaged(!item.note().isEmpty());
            setGraphic(card);
        }
    }
}
