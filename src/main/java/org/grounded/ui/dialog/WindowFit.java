package org.grounded.ui.dialog;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one rule for the size and place of a window other than the main one (an analysis window, a
 * dialog): it asks for the size its content wants, gets at most the screen's usable area (the
 * visual bounds, without the panel or taskbar) less a {@link #MARGIN} on every side, which leaves
 * room for the window manager's frame and title bar, and it is put wholly inside that area. On a
 * 1280 × 800 laptop no window is taller than 752 pixels.
 */
public final class WindowFit {

    /** The room left free around a window on every side of the usable screen. */
    public static final double MARGIN = 24;

    private WindowFit() {
    }

    /**
     * The area a window near {@code near} may take: the visual bounds of the screen under the
     * centre of {@code near} (the primary screen when there is none), less the margin.
     */
    public static Rectangle2D usableArea(Window near) {
        Screen screen = Screen.getPrimary();
        if (near != null && near.getWidth() > 0 && !Double.isNaN(near.getX())) {
            List<Screen> under = Screen.getScreensForRectangle(near.getX() + near.getWidth() / 2,
                    near.getY() + Math.min(near.getHeight() / 2, 40), 1, 1);
            if (!under.isEmpty()) {
                screen = under.get(0);
            }
        }
        Rectangle2D visual = screen.getVisualBounds();
        return new Rectangle2D(visual.getMinX() + MARGIN, visual.getMinY() + MARGIN,
                Math.max(1, visual.getWidth() - 2 * MARGIN), Math.max(1, visual.getHeight() - 2 * MARGIN));
    }

    /**
     * The scene of a window that is about to show: {@code width × height}, or wider when its
     * content's options and buttons need more (their preferred width under {@code stylesheets}), no
     * larger than the usable area near {@code near}.
     */
    public static Scene scene(Parent content, Window near, List<String> stylesheets, double width, double height) {
        Rectangle2D area = usableArea(near);
        double first = Math.min(width, area.getWidth());
        // The styles are worked out once, in the scene the window keeps: moving the content to a
        // second scene styles every node again, which cost a large window a tenth of a second
        // (issue 21). A second scene is made only when the content needs more than it was given.
        Scene scene = new Scene(content, first, Math.min(height, area.getHeight()));
        scene.getStylesheets().setAll(stylesheets);
        content.applyCss();
        double wanted = Math.min(Math.max(width, Math.ceil(content.prefWidth(-1))), area.getWidth());
        if (wanted <= first) {
            return scene;
        }
        scene.setRoot(new Group());
        Scene wider = new Scene(content, wanted, Math.min(height, area.getHeight()));
        wider.getStylesheets().setAll(stylesheets);
        return wider;
    }

    /**
     * Gives a window whose scene is set its minimum size, never below what its content needs to
     * show its buttons whole nor beyond the usable area, and centres it in the area.
     */
    public static void place(Stage stage, Window near, double minWidth, double minHeight) {
        Rectangle2D area = usableArea(near);
        Scene scene = stage.getScene();
        Parent root = scene.getRoot();
        root.applyCss();
        stage.setMinWidth(Math.min(area.getWidth(), Math.max(minWidth, Math.ceil(root.minWidth(-1)))));
        stage.setMinHeight(Math.min(area.getHeight(), minHeight));
        stage.setX(area.getMinX() + Math.floor((area.getWidth() - scene.getWidth()) / 2));
        stage.setY(area.getMinY() + Math.floor((area.getHeight() - scene.getHeight()) / 2));
    }

    /**
     * Moves and shrinks a showing window so that it lies wholly inside the usable area of its
     * screen: a window placed by its owner (a dialog centred on the main window) or restored from
     * the settings never hangs off the screen or under the panel.
     */
    public static void keepInside(Window window) {
        Rectangle2D area = usableArea(window);
        double width = Math.min(window.getWidth(), area.getWidth());
        double height = Math.min(window.getHeight(), area.getHeight());
        if (width != window.getWidth()) {
            window.setWidth(width);
        }
        if (height != window.getHeight()) {
            window.setHeight(height);
        }
        double x = Math.max(area.getMinX(), Math.min(window.getX(), area.getMaxX() - width));
        double y = Math.max(area.getMinY(), Math.min(window.getY(), area.getMaxY() - height));
        if (x != window.getX()) {
            window.setX(x);
        }
        if (y != window.getY()) {
            window.setY(y);
        }
    }

    /**
     * A dialog opens at the size its content asks for, never below it (its buttons are never cut)
     * and never beyond the usable area (a long list scrolls instead); it lies inside the area.
     */
    public static void fit(Dialog<?> dialog) {
        DialogButtons.speak(dialog.getDialogPane());
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // Resizable: a fixed-size window keeps the size the window manager first gave it (openbox
        // gave the text dialog 200 pixels), and a user can widen a dialog whose text is long.
        dialog.setResizable(true);
        // A button is never narrower than its label (the bar would cut "Standard (code points)").
        dialog.setOnShowing(event -> dialog.getDialogPane().getButtonTypes().stream()
                .map(dialog.getDialogPane()::lookupButton).filter(Region.class::isInstance)
                .forEach(button -> ((Region) button).setMinWidth(Region.USE_PREF_SIZE)));
        dialog.setOnShown(event -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            Rectangle2D area = usableArea(dialog.getOwner() != null ? dialog.getOwner() : window);
            if (window instanceof Stage stage) {
                // On the first start the window is shown before it has a size (NaN): the pane's
                // own least width counts then, and never less than 160 pixels, as for the height.
                double shownWidth = Double.isFinite(window.getWidth()) ? window.getWidth() : Double.MAX_VALUE;
                stage.setMinWidth(Math.min(area.getWidth(), Math.max(Math.max(finiteOrZero(stage.getMinWidth()), 160),
                        Math.min(shownWidth, dialog.getDialogPane().minWidth(-1)))));
                stage.setMinHeight(Math.min(area.getHeight(), Math.max(finiteOrZero(stage.getMinHeight()), 160)));
            }
            growToContent(window, dialog.getDialogPane(), area);
            if (window instanceof Stage stage) {
                holdMinimumWidth(stage);
            }
            keepInside(window);
        });
    }

    /**
     * Gives a shown window its least width back when the window manager narrows it: on the first
     * start openbox shrank the coder-name question to 200 pixels after JavaFX had shown it at its
     * content's width (its new size arrives after the window is shown). A few times at most, so a
     * window manager that insists is not fought forever.
     */
    static void holdMinimumWidth(Stage stage) {
        int[] corrections = {0};
        stage.widthProperty().addListener((property, before, now) -> {
            if (now.doubleValue() + 0.5 < stage.getMinWidth() && corrections[0] < 3) {
                corrections[0]++;
                stage.setWidth(stage.getMinWidth());
            }
        });
    }

    /**
     * Widens (and heightens) a shown window that came out smaller than its content asks for: under
     * a plain window manager (openbox at 1280 × 800) a text dialog opened 200 pixels wide, its field
     * and OK button cut, although its pane asked for 480. The window's frame is kept on top.
     */
    static void growToContent(Window window, Region content, Rectangle2D area) {
        Scene scene = window.getScene();
        double wantedWidth = content.prefWidth(-1);
        double wantedHeight = content.prefHeight(-1);
        if (scene == null || !Double.isFinite(wantedWidth) || !Double.isFinite(wantedHeight)) {
            return;
        }
        // Asked at the content's own preferred width (-1): a height asked for a given width sent a
        // grid of an information dialog into a layout loop.
        double frameWidth = finiteOrZero(window.getWidth() - scene.getWidth());
        double frameHeight = finiteOrZero(window.getHeight() - scene.getHeight());
        double width = Math.min(area.getWidth(), Math.ceil(wantedWidth) + frameWidth);
        if (window instanceof Stage stage && !(stage.getMinWidth() >= width)) {
            // Also the least width the window manager may give it: on the first start openbox
            // shrank the coder-name question to 200 pixels after it was shown and grown.
            stage.setMinWidth(width);
        }
        // Not yet sized (NaN) counts as too small.
        if (!(window.getWidth() >= width)) {
            window.setWidth(width);
        }
        double height = Math.min(area.getHeight(), Math.ceil(wantedHeight) + frameHeight);
        if (!(window.getHeight() >= height)) {
            window.setHeight(height);
        }
    }

    private static double finiteOrZero(double value) {
        return Double.isFinite(value) && value > 0 ? value : 0;
    }
}
