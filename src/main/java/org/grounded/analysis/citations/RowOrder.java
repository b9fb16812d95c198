package org.grounded.analysis.citations;

import java.util.Objects;

/**
 * The order of a citations table's rows. Rows that tie keep the code tree's order, so a sorted
 * table is stable and reproducible.
 *
 * @param columnKey the {@link CitationColumn#key()} (or, failing that, the label) of the column to sort
 *                  by, for {@link Key#COLUMN} only ("" otherwise)
 */
public record RowOrder(Key key, String columnKey, SortDirection direction) {

    /** What the rows are sorted by. */
    public enum Key {
        /** The code tree: a category followed by its sub-codes (the default). */
        CODE_TREE,
        /** The code's name, alphabetically. */
        CODE_NAME,
        /** The Total column, which is also the rank order. */
        TOTAL,
        /** One column's counts. */
        COLUMN
    }

    public RowOrder {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(direction, "direction");
        columnKey = columnKey == null ? "" : columnKey;
        if (key == Key.COLUMN && columnKey.isEmpty()) {
            throw new IllegalArgumentException("Sorting by a column needs the column's key");
        }
    }

    public static RowOrder codeTree() {
        return new RowOrder(Key.CODE_TREE, "", SortDirection.ASCENDING);
    }

    public static RowOrder byName(SortDirection direction) {
        return new RowOrder(Key.CODE_NAME, "", direction);
    }

    /** Most cited first with {@link SortDirection#DESCENDING}: the rank order. */
    public static RowOrder byTotal(SortDirection direction) {
        return new RowOrder(Key.TOTAL, "", direction);
    }

    public static RowOrder byColumn(String columnKey, SortDirection direction) {
        return new RowOrder(Key.COLUMN, columnKey, direction);
    }
}
