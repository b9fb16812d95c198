package org.grounded.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split pane's dividers where the user put them. A {@link SplitPane} moves its dividers
 * when a narrow window squeezes a pane to its minimum width, and never moves them back; this
 * remembers the positions the user chose (by dragging a divider, or the settings) and asks for
 * them again whenever the pane's size changes, so a pane squeezed by a narrow window comes back
 * when the window is widened.
 */
public final class KeptDividers {

    private final SplitPane pane;
    private double[] wanted;

    public KeptDividers(SplitPane pane, double... initial) {
        this.pane = pane;
        set(initial);
        pane.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (onDivider(event.getTarget())) {
                wanted = pane.getDividerPositions();
            }
        });
        (pane.getOrientation() == Orientation.HORIZONTAL ? pane.widthProperty() : pane.heightProperty())
                .addListener((observable, before, after) -> pane.setDividerPositions(wanted));
    }

    private boolean onDivider(Object target) {
        for (Node node = target instanceof Node start ? start : null; node != null && node != pane; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** Moves the dividers to these positions (fractions of the pane's size) and keeps them there. */
    public void set(double... positions) {
        wanted = positions.clone();
        pane.setDividerPositions(wanted);
    }

    /** The positions the user chose, which the pane shows whenever it is wide enough. */
    public double[] get() {
        return wanted.clone();
    }
}
