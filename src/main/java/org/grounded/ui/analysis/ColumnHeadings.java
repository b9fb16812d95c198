package org.grounded.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The column headings of a {@link CellCanvas}: each heading is painted once on a canvas of its own
 * (its turned text is the dearest thing a grid draws: text drawn as shapes) and kept; a scroll
 * sideways moves the strip of headings and paints only the heading that comes into view
 * (decision 0050). The headings are forgotten when the grid, the theme or the text size changes;
 * the cursor's column is painted again, shaded, when the cursor moves to or from it. Headings far
 * from the view are dropped, so a long scroll keeps a few screens of them, not the whole strip.
 */
final class ColumnHeadings extends Region {

    /** Paints one heading, its background (shaded when the cursor is in its column) included. */
    @FunctionalInterface
    interface Painter {
        /** @return the text painted (a test compares it with the result's labels) */
        String paint(GraphicsContext g, int column, double width, double height, boolean shaded);
    }

    /** A heading as painted: its column, its text, whether it was shaded for the cursor. */
    record Heading(int column, String text, boolean shaded) {
    }

    /** Screens of headings kept on either side of the view before the farthest are dropped. */
    private static final int KEPT_SCREENS = 2;

    private final Painter painter;
    private final Group strip = new Group();
    private final Rectangle clip = new Rectangle();
    private Canvas[] canvases = new Canvas[0];
    private Heading[] headings = new Heading[0];
    private final List<Integer> kept = new ArrayList<>();
    private double cellWidth;
    private double height;
    private int first;
    private int last = -1;

    ColumnHeadings(Painter painter) {
        this.painter = painter;
        setManaged(false);
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        strip.setManaged(false);
        getChildren().add(strip);
    }

    /** Forgets every heading: a new grid, a new look or new heading sizes. */
    void forget(int columns, double cellWidth, double height) {
        strip.getChildren().clear();
        kept.clear();
        canvases = new Canvas[columns];
        headings = new Heading[columns];
        this.cellWidth = cellWidth;
        this.height = height;
        first = 0;
        last = -1;
    }

    /**
     * Shows the headings of the columns {@code from} to {@code to} scrolled {@code left} pixels,
     * painting those not painted yet and the ones whose shade for the cursor changed.
     */
    void show(int from, int to, double left, int cursorColumn) {
        // Where the cells' lines are drawn (floor of column × width − left): the headings line up with them.
        strip.setTranslateX(-Math.ceil(left));
        for (int column = first; column <= last; column++) {
            if ((column < from || column > to) && canvases[column] != null) {
                canvases[column].setVisible(false);
            }
        }
        for (int column = Math.max(0, from); column <= to && column < canvases.length; column++) {
            boolean shaded = column == cursorColumn;
            Canvas canvas = canvases[column];
            if (canvas == null) {
                canvas = new Canvas(cellWidth, height);
                canvas.setLayoutX(column * cellWidth);
                canvases[column] = canvas;
                kept.add(column);
                strip.getChildren().add(canvas);
            } else if (headings[column].shaded() == shaded) {
                canvas.setVisible(true);
                continue;
            }
            GraphicsContext g = canvas.getGraphicsContext2D();
            headings[column] = new Heading(column, painter.paint(g, column, cellWidth, height, shaded), shaded);
            canvas.setVisible(true);
        }
        first = from;
        last = to;
        dropFarFrom(from, to);
    }

    private void dropFarFrom(int from, int to) {
        int screen = Math.max(1, to - from + 1);
        if (kept.size() <= (2 * KEPT_SCREENS + 1) * screen) {
            return;
        }
        kept.removeIf(column -> {
            boolean far = column < from - KEPT_SCREENS * screen || column > to + KEPT_SCREENS * screen;
            if (far) {
                strip.getChildren().remove(canvases[column]);
                canvases[column] = null;
                headings[column] = null;
            }
            return far;
        });
    }

    /** The headings in view as painted, left to right (a test reads them). */
    List<Heading> shown() {
        List<Heading> shown = new ArrayList<>();
        for (int column = first; column <= last && column < headings.length; column++) {
            if (headings[column] != null && canvases[column].isVisible()) {
                shown.add(headings[column]);
            }
        }
        return shown;
    }

    /** The canvas a column's heading is painted on, if it is kept (a test reads it). */
    Canvas canvasOf(int column) {
        return column >= 0 && column < canvases.length ? canvases[column] : null;
    }
}
