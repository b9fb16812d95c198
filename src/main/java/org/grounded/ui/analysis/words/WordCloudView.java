package org.grounded.ui.analysis.words;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;

/**
 * The word cloud, drawn on a canvas that fills the pane: {@link WordCloudLayout} places the words
 * (measured here in the font they are drawn in), so the same words in the same pane always give
 * the same picture. A double click on a word hands it to {@code open}.
 */
final class WordCloudView extends Region {

    /** Colours by rank, dark enough to read on white (from the network palette's family). */
    private static final List<Color> COLOURS = List.of(Color.web("#1F4E79"), Color.web("#B03A2E"),
            Color.web("#1E7145"), Color.web("#7D3C98"), Color.web("#9A6324"), Color.web("#2E86C1"));
    /** Pixels of the PNG per pixel on screen: sharp enough to print. */
    static final double PNG_SCALE = 2;

    private final Canvas canvas = new Canvas();
    private final Supplier<List<WordCloudLayout.Weighted>> words;
    private final Text measuring = new Text();
    private List<WordCloudLayout.Placed> placed = List.of();

    WordCloudView(Supplier<List<WordCloudLayout.Weighted>> words, Consumer<String> open) {
        this.words = words;
        getStyleClass().add("word-cloud");
        setId("words-cloud");
        getChildren().add(canvas);
        setMinSize(0, 0);
        canvas.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                wordAt(event.getX(), event.getY()).ifPresent(open);
            }
        });
    }

    @Override
    protected void layoutChildren() {
        double width = Math.floor(getWidth());
        double height = Math.floor(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            redraw();
        }
    }

    /** Lays the words out again and draws them. */
    void redraw() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        placed = WordCloudLayout.layout(words.get(), width, height, this::measure);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (WordCloudLayout.Placed word : placed) {
            g.setFont(font(word.fontSize()));
            g.setFill(COLOURS.get(word.rank() % COLOURS.size()));
            g.fillText(word.word(), word.x(), word.y());
        }
    }

    private static Font font(double size) {
        return Font.font(Font.getDefault().getFamily(), size >= 24 ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    private double[] measure(String word, double size) {
        measuring.setFont(font(size));
        measuring.setText(word);
        return new double[] {measuring.getLayoutBounds().getWidth(), measuring.getLayoutBounds().getHeight()};
    }

    /** The words drawn, where they are (for tests and for finding the word under the mouse). */
    List<WordCloudLayout.Placed> placed() {
        return placed;
    }

    Optional<String> wordAt(double x, double y) {
        return placed.stream().filter(word -> word.contains(x, y)).map(WordCloudLayout.Placed::word).findFirst();
    }

    /** The picture drawn, at {@link #PNG_SCALE} times the screen's pixels; empty when there is none. */
    Optional<WordFrequencyViewModel.CloudPicture> picture() {
        int width = (int) Math.round(canvas.getWidth() * PNG_SCALE);
        int height = (int) Math.round(canvas.getHeight() * PNG_SCALE);
        if (placed.isEmpty() || width <= 0 || height <= 0) {
            return Optional.empty();
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(new Scale(PNG_SCALE, PNG_SCALE));
        WritableImage image = canvas.snapshot(parameters, new WritableImage(width, height));
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return Optional.of(new WordFrequencyViewModel.CloudPicture(width, height, pixels));
    }
}
