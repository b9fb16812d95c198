package org.grounded.ui.analysis.words;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the words of a cloud: font sizes by frequency (the square root of the count between the
 * smallest and the largest size, so a word said four times as often is twice as tall), the most
 * frequent word in the middle and each next one at the first free place along a spiral out from
 * it. No randomness: the same words in the same area give the same picture. A word that finds no
 * free place inside the area is left out. No JavaFX here, so that it is tested without a screen;
 * the canvas measures the text.
 */
final class WordCloudLayout {

    /** The smallest and largest font sizes, in pixels. */
    static final double MIN_SIZE = 11;
    static final double MAX_SIZE = 72;
    /** Space kept free around each word, in pixels. */
    static final double GAP = 3;
    private static final double SPIRAL_STEP = 0.12;
    private static final int MAX_STEPS = 6000;

    /** A word and how often it occurs, most frequent first. */
    record Weighted(String word, int count) {
    }

    /** The width and height of a word's text at a font size. */
    @FunctionalInterface
    interface TextMeasure {
        double[] measure(String word, double fontSize);
    }

    /** A word placed: its font size and box (x, y the top left corner). */
    record Placed(String word, int count, double fontSize, double x, double y, double width, double height, int rank) {
        boolean overlaps(Placed other) {
            return x < other.x + other.width + GAP && other.x < x + width + GAP
                    && y < other.y + other.height + GAP && other.y < y + height + GAP;
        }

        boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    private WordCloudLayout() {
    }

    /** The font size of a count between the smallest and the largest count of the cloud. */
    static double fontSize(int count, int smallest, int largest, double maxSize) {
        if (largest <= smallest) {
            return maxSize;
        }
        double share = (Math.sqrt(count) - Math.sqrt(smallest)) / (Math.sqrt(largest) - Math.sqrt(smallest));
        return MIN_SIZE + (maxSize - MIN_SIZE) * Math.max(0, Math.min(1, share));
    }

    /** Places the words (most frequent first) in a width × height area. */
    static List<Placed> layout(List<Weighted> words, double width, double height, TextMeasure measure) {
        List<Placed> placed = new ArrayList<>();
        if (words.isEmpty() || width < 20 || height < 20) {
            return placed;
        }
        int largest = words.stream().mapToInt(Weighted::count).max().orElse(1);
        int smallest = words.stream().mapToInt(Weighted::count).min().orElse(1);
        // The largest word must fit across the area with room to spare.
        double maxSize = Math.min(MAX_SIZE, height / 5);
        double[] first = measure.measure(words.get(0).word(), maxSize);
        if (first[0] > width * 0.8) {
            maxSize = Math.max(MIN_SIZE, maxSize * width * 0.8 / first[0]);
        }
        double centreX = width / 2;
        double centreY = height / 2;
        // The spiral is stretched to the area's shape, so that a wide area fills side to side.
        double stretch = width / height;
        for (int rank = 0; rank < words.size(); rank++) {
            Weighted word = words.get(rank);
            double size = fontSize(word.count(), smallest, largest, maxSize);
            double[] box = measure.measure(word.word(), size);
            Placed found = null;
            for (int step = 0; step < MAX_STEPS && found == null; step++) {
                double t = step * SPIRAL_STEP;
                double radius = 2.2 * t;
                double x = centreX + radius * Math.cos(t) * stretch - box[0] / 2;
                double y = centreY + radius * Math.sin(t) - box[1] / 2;
                if (x < 0 || y < 0 || x + box[0] > width || y + box[1] > height) {
                    if (radius * Math.min(1, stretch) > Math.max(width, height)) {
                        break;
                    }
                    continue;
                }
                Placed candidate = new Placed(word.word(), word.count(), size, x, y, box[0], box[1], rank);
                if (placed.stream().noneMatch(candidate::overlaps)) {
                    found = candidate;
                }
            }
            if (found != null) {
                placed.add(found);
            }
        }
        return placed;
    }
}
