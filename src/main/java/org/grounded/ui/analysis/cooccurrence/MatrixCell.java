package org.grounded.ui.analysis.cooccurrence;

/**
 * One cell of the co-occurrence matrix as the window shows it.
 *
 * @param text           the count, the c-coefficient with two decimals, "n/a", or "" for zero and on the diagonal
 * @param share          the value as a share of the largest value off the diagonal (0 to 1), for the heat colour
 * @param belowThreshold the value is zero or below the threshold: shown grey
 */
public record MatrixCell(String text, double share, Kind kind, boolean belowThreshold) {

    /** What sort of cell. */
    public enum Kind {
        VALUE,
        /** A code with itself: no value. */
        DIAGONAL,
        /** A c-coefficient without a defined value (many-to-many overlaps). */
        UNDEFINED
    }

    public boolean hidden() {
        return kind != Kind.VALUE || belowThreshold;
    }
}
