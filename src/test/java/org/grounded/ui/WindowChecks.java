package org.grounded.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What a user sees wrong in a window on a small screen, as a list of one-line problems: a window
 * that hangs off the screen (or leaves no room for the window manager's frame), a button outside
 * the window or too narrow for its text, a column header whose text is cut without a tooltip
 * that says it in full. Used by the tests that open every window at 1280 × 800.
 */
public final class WindowChecks {

    /** The room every window must leave free on each side of the screen's usable area for its frame. */
    public static final double FRAME_ROOM = 24;

    private WindowChecks() {
    }

    /** Every problem of the window, none when it fits; call on the FX thread. */
    public static List<String> problems(Window window) {
        List<String> problems = new ArrayList<>();
        String name = window instanceof Stage stage && stage.getTitle() != null ? "'" + stage.getTitle() + "'"
                : window.getClass().getSimpleName();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D room = new Rectangle2D(screen.getMinX() + FRAME_ROOM, screen.getMinY() + FRAME_ROOM,
                screen.getWidth() - 2 * FRAME_ROOM, screen.getHeight() - 2 * FRAME_ROOM);
        if (window.getX() < room.getMinX() - 0.5 || window.getY() < room.getMinY() - 0.5
                || window.getX() + window.getWidth() > room.getMaxX() + 0.5
                || window.getY() + window.getHeight() > room.getMaxY() + 0.5) {
            problems.add(name + String.format(" at %.0f,%.0f %.0f×%.0f does not fit in %.0f,%.0f %.0f×%.0f",
                    window.getX(), window.getY(), window.getWidth(), window.getHeight(),
                    room.getMinX(), room.getMinY(), room.getWidth(), room.getHeight()));
        }
        if (window instanceof Stage stage && (stage.getMinWidth() < 100 || stage.getMinHeight() < 100)
                && stage.isResizable()) {
            problems.add(name + " has no minimum size (" + stage.getMinWidth() + " × " + stage.getMinHeight() + ")");
        }
        Scene scene = window.getScene();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        visit(scene.getRoot(), scene, name, problems);
        return problems;
    }

    private static void visit(Node node, Scene scene, String window, List<String> problems) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof TableColumnHeader header) {
            header.getChildrenUnmodifiable().stream().filter(Labeled.class::isInstance).map(Labeled.class::cast)
                    .filter(label -> cut(label) && label.getTooltip() == null
                            && !(label.getGraphic() instanceof Labeled graphic && graphic.getTooltip() != null))
                    .forEach(label -> problems.add(window + ": the column header '" + label.getText()
                            + "' is cut to '" + rendered(label) + "' and has no tooltip"));
        }
        if (node instanceof ButtonBase button) {
            Bounds inScene = button.localToScene(button.getLayoutBounds());
            if (!insideScrolling(button) && (inScene.getMinX() < -0.5 || inScene.getMinY() < -0.5
                    || inScene.getMaxX() > scene.getWidth() + 0.5 || inScene.getMaxY() > scene.getHeight() + 0.5)) {
                problems.add(window + String.format(": the button '%s' at %.0f,%.0f–%.0f,%.0f is outside the window"
                        + " (%.0f × %.0f)", button.getText(), inScene.getMinX(), inScene.getMinY(), inScene.getMaxX(),
                        inScene.getMaxY(), scene.getWidth(), scene.getHeight()));
            }
            if (cut(button)) {
                problems.add(window + ": the button '" + button.getText() + "' shows '" + rendered(button) + "'");
            }
        } else if (node instanceof Labeled label && cut(label)) {
            problems.add(window + ": '" + label.getText() + "' shows '" + rendered(label) + "'");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, window, problems);
            }
        }
    }

    private static boolean insideScrolling(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    /** The text the skin draws: the label's text, or less of it with an ellipsis when it had no room. */
    private static String rendered(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static boolean cut(Labeled labeled) {
        String text = labeled.getText();
        String shown = rendered(labeled);
        if (text == null || text.isEmpty() || shown == null) {
            return false;
        }
        String meant = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        return !shown.equals(meant) && !shown.replace("\n", " ").strip().equals(meant.replace("\n", " ").strip());
    }
}
