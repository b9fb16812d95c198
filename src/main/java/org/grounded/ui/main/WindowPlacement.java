package org.grounded.ui.main;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.grounded.ui.common.KeptDividers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a window was and how its panes were divided, kept in the settings so that the next run
 * opens it as the user left it. Bounds come back only onto a screen that still exists (a laptop
 * unplugged from its monitor opens on the laptop's screen); a first start fits the window to the
 * screen.
 */
final class WindowPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);
    /** How much of the window's top strip must be on a screen for the saved place to count. */
    private static final double VISIBLE_STRIP = 60;

    /** A window's place on the desktop. */
    record Bounds(double x, double y, double width, double height) {

        Rectangle2D rectangle() {
            return new Rectangle2D(x, y, width, height);
        }

        /**
         * These bounds if the window's title strip is on one of the screens, shrunk to fit that
         * screen; otherwise {@code fallback}.
         */
        Bounds onto(List<Rectangle2D> screens, Bounds fallback) {
            Rectangle2D strip = new Rectangle2D(x, y, Math.max(1, width), Math.min(VISIBLE_STRIP, Math.max(1, height)));
            for (Rectangle2D screen : screens) {
                if (strip.intersects(screen) && overlap(strip, screen) >= Math.min(width, 2 * VISIBLE_STRIP)) {
                    double fittedWidth = Math.min(width, screen.getWidth());
                    double fittedHeight = Math.min(height, screen.getHeight());
                    double fittedX = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - fittedWidth));
                    double fittedY = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - fittedHeight));
                    return new Bounds(fittedX, fittedY, fittedWidth, fittedHeight);
                }
            }
            return fallback;
        }

        private static double overlap(Rectangle2D strip, Rectangle2D screen) {
            return Math.min(strip.getMaxX(), screen.getMaxX()) - Math.max(strip.getMinX(), screen.getMinX());
        }

        /** A first start: most of the screen (1203 × 760 on a 1280 × 800 laptop), centred. */
        static Bounds fitting(Rectangle2D screen, double maxWidth, double maxHeight) {
            double width = Math.min(maxWidth, Math.floor(screen.getWidth() * 0.94));
            double height = Math.min(maxHeight, Math.floor(screen.getHeight() * 0.95));
            return new Bounds(screen.getMinX() + Math.floor((screen.getWidth() - width) / 2),
                    screen.getMinY() + Math.floor((screen.getHeight() - height) / 2), width, height);
        }

        String text() {
            return x + "," + y + "," + width + "," + height;
        }

        static Optional<Bounds> parse(String text) {
            Optional<double[]> numbers = numbers(text);
            return numbers.filter(values -> values.length == 4 && values[2] > 0 && values[3] > 0)
                    .map(values -> new Bounds(values[0], values[1], values[2], values[3]));
        }
    }

    private final Preferences node;

    /** @param node this window's settings (e.g. {@code window/main}) */
    WindowPlacement(Preferences node) {
        this.node = node;
    }

    /** Puts the stage where it was left (or fits it to the primary screen); call before showing it. */
    void restoreBounds(Stage stage, double maxWidth, double maxHeight) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Bounds fallback = Bounds.fitting(primary, maxWidth, maxHeight);
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Bounds bounds = Bounds.parse(node.get("bounds", null)).map(saved -> saved.onto(screens, fallback))
                .orElse(fallback);
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(Math.max(bounds.width(), stage.getMinWidth()));
        stage.setHeight(Math.max(bounds.height(), stage.getMinHeight()));
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    /** Sets the split panes' dividers to the saved positions, if there are as many as the panes have. */
    void restoreDividers(String key, KeptDividers dividers, int count) {
        numbers(node.get(key, null))
                .filter(positions -> positions.length == count)
                .filter(positions -> Arrays.stream(positions).allMatch(p -> p > 0 && p < 1))
                .ifPresent(dividers::set);
    }

    /** Remembers the stage's bounds (its normal bounds, not the maximised ones). */
    void saveBounds(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.put("bounds", new Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()).text());
        }
        node.putBoolean("maximized", stage.isMaximized());
    }

    void saveDividers(String key, KeptDividers dividers) {
        node.put(key, String.join(",", Arrays.stream(dividers.get()).mapToObj(Double::toString).toList()));
    }

    void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not keep the window's place: {}", e.getMessage());
        }
    }

    private static Optional<double[]> numbers(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Arrays.stream(text.split(",")).map(String::strip).mapToDouble(Double::parseDouble)
                    .filter(Double::isFinite).toArray());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
