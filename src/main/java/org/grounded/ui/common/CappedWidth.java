package org.grounded.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;

/**
 * A button or label that shows a name the user chose (a code's, say): it is never wider than a
 * cap, a longer name ends in "…", and the tooltip says it whole. A name must never widen its bar
 * and push the panes beside it.
 */
public final class CappedWidth {

    private CappedWidth() {
    }

    /**
     * Keeps the width of {@code labeled} between {@code minWidth} and {@code maxWidth}, whatever
     * its text: a long name ends in "…". The tooltip shows {@code tip} (which usually holds the
     * whole name).
     */
    public static <T extends Labeled> T capped(T labeled, double minWidth, double maxWidth, ObservableStringValue tip) {
        labeled.setMaxWidth(maxWidth);
        labeled.setMinWidth(minWidth);
        labeled.setTextOverrun(OverrunStyle.ELLIPSIS);
        labeled.setEllipsisString("…");
        labeled.setMnemonicParsing(false);
        Tooltip tooltip = labeled.getTooltip() == null ? new Tooltip() : labeled.getTooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(tip::get, tip));
        labeled.setTooltip(tooltip);
        return labeled;
    }
}
