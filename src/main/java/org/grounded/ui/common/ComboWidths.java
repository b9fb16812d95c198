package org.grounded.ui.common;

import javafx.scene.control.ComboBox;

/**
 * The width of a combo box over a list that grows with the study (the codes, the participants).
 * JavaFX makes a cell for every item to find the widest when it first lays such a box out: 500
 * codes cost a large part of the first frame after a study opens (issue 21). The width is taken
 * from the first rows instead; a longer name further down is cut with "…" as in any list.
 */
public final class ComboWidths {

    /** How many rows the width is measured on. */
    static final int ROWS_MEASURED = 20;
    /** The key JavaFX's combo box skin reads for how many rows to measure (all when absent). */
    private static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth"; // NON-NLS: JavaFX's property key

    private ComboWidths() {
    }

    /** Measures {@code box}'s width on its first rows only, whatever the number of its items. */
    public static <T> ComboBox<T> fromFirstRows(ComboBox<T> box) {
        box.getProperties().put(ROWS_TO_MEASURE, ROWS_MEASURED);
        return box;
    }
}
