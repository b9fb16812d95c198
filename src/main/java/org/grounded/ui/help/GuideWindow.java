package org.grounded.ui.help;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.grounded.ui.dialog.WindowFit;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Help → User guide: a page of {@code docs/guide} in a window of its own, beside the main window
 * (not modal: one reads it while doing what it says). Pictures are scaled to the column's width,
 * never above their own size.
 */
public final class GuideWindow {

    /** Wide enough for the screenshots to be readable, narrow enough to sit beside the main window. */
    private static final double COLUMN_WIDTH = 760;

    private final Stage stage = new Stage();

    public GuideWindow(Window owner, List<String> stylesheets, GuidePage page) {
        VBox column = new VBox(10);
        column.setId("guide-page");
        column.setPadding(new Insets(16, 24, 24, 24));
        column.setMaxWidth(COLUMN_WIDTH + 48);
        String title = lang("User guide");
        for (GuidePage.Block block : page.blocks()) {
            column.getChildren().add(nodeFor(block));
            if (block instanceof GuidePage.Title heading && heading.level() == 1) {
                title = heading.text();
            }
        }
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide");
        Scene scene = WindowFit.scene(scroll, owner, stylesheets, COLUMN_WIDTH + 70, 720);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.setTitle("Grounded — " + title); // NON-NLS: the application's name before the guide's title
        if (owner != null) {
            stage.initOwner(owner);
        }
        WindowFit.place(stage, owner, 420, 300);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private static Node nodeFor(GuidePage.Block block) {
        if (block instanceof GuidePage.Title title) {
            return heading(title);
        } else if (block instanceof GuidePage.Words words) {
            return flow(words.spans(), COLUMN_WIDTH);
        } else if (block instanceof GuidePage.Item item) {
            return listItem(item);
        } else if (block instanceof GuidePage.Picture picture) {
            return picture(picture);
        }
        return listing((GuidePage.Listing) block);
    }

    private static Node heading(GuidePage.Title title) {
        Label label = new Label(title.text());
        label.setWrapText(true);
        label.getStyleClass().add("guide-h" + Math.min(title.level(), 3));
        label.setStyle("-fx-font-weight: bold; -fx-font-size: " + switch (title.level()) {
            case 1 -> "1.8em";
            case 2 -> "1.35em";
            default -> "1.1em";
        } + ";");
        label.setPadding(new Insets(title.level() == 1 ? 0 : 10, 0, 0, 0));
        return label;
    }

    private static TextFlow flow(List<GuidePage.Span> spans, double width) {
        List<Node> texts = new ArrayList<>();
        for (GuidePage.Span span : spans) {
            Text text = new Text(span.text());
            text.getStyleClass().add("guide-text");
            switch (span.style()) {
                case STRONG -> text.setStyle("-fx-font-weight: bold;");
                case EMPHASIS -> text.setStyle("-fx-font-style: italic;");
                case CODE -> text.setStyle("-fx-font-family: monospace;");
                case PLAIN -> { }
            }
            texts.add(text);
        }
        TextFlow flow = new TextFlow(texts.toArray(Node[]::new));
        flow.setMaxWidth(width);
        flow.setLineSpacing(2);
        return flow;
    }

    private static Node listItem(GuidePage.Item item) {
        Label marker = new Label(item.marker());
        marker.setMinWidth(22);
        double indent = 12 + 22 * item.depth();
        HBox row = new HBox(4, marker, flow(item.spans(), COLUMN_WIDTH - indent - 26));
        row.setPadding(new Insets(0, 0, 0, indent));
        return row;
    }

    private static Node picture(GuidePage.Picture picture) {
        VBox box = new VBox(4);
        try (InputStream in = GuideWindow.class.getResourceAsStream(picture.resource())) {
            if (in != null) {
                Image image = new Image(in);
                ImageView view = new ImageView(image);
                view.setPreserveRatio(true);
                view.setSmooth(true);
                view.setFitWidth(Math.min(COLUMN_WIDTH, image.getWidth()));
                box.getChildren().add(view);
            }
        } catch (java.io.IOException e) {
            // The caption below still says what the picture showed.
        }
        Label caption = new Label(picture.caption());
        caption.setWrapText(true);
        caption.setStyle("-fx-font-style: italic; -fx-opacity: 0.8;");
        box.getChildren().add(caption);
        return box;
    }

    private static Node listing(GuidePage.Listing listing) {
        Label code = new Label(listing.text());
        code.setStyle("-fx-font-family: monospace; -fx-background-color: rgba(128,128,128,0.12); -fx-padding: 8;");
        code.setWrapText(true);
        code.setMaxWidth(COLUMN_WIDTH);
        return code;
    }
}
