package org.grounded.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * A button or label that shows a name the user chose (a code's, say): it is never wider than a
 * cap, a longer name ends in "…", and the tooltip says it whole. A name must never widen its bar
 * and push the panes beside it.
 */
public final class CappedWidth {

    private CappedWidth() {
    }

    /**
     * Caps the width of {@code labeled} at {@code maxWidth}; it may shrink to its ellipsis. The
     * tooltip shows {@code tip} (which usually holds the whole name).
     */
    public static <T extends Labeled> T capped(T labeled, double maxWidth, ObservableStringValue tip) {
        labeled.setMaxWidth(maxWidth);
        labeled.setMinWidth(Region.USE_COMPUTED_SIZE);
        labeled.setTextOverrun(OverrunStyle.ELLIPSIS);
        labeled.setEllipsisString("…");
        labeled.setMnemonicParsing(false);
        Tooltip tooltip = labeled.getTooltip() == null ? new Tooltip() : labeled.getTooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(tip::get, tip));
        labeled.setTooltip(tooltip);
        return labeled;
    }
}
