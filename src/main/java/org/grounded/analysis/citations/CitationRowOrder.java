package org.grounded.analysis.citations;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * The one ordering of a citations table's rows, used when the table is counted
 * ({@link CitationTables#compute}) and when the window re-sorts a counted table by a clicked
 * header ({@link #resort}): by the code tree, the code's name, the total or one column, ascending
 * or descending; ties keep the code tree's order.
 */
public final class CitationRowOrder {

    private CitationRowOrder() {
    }

    /**
     * Re-sorts a computed table without counting again. Ranks and marks belong to the rows, so
     * sorting never changes them; the sorted table carries its order in its request, so exports
     * keep what the window shows.
     *
     * @param inTreeOrder a table computed in code-tree order
     * @throws IllegalArgumentException when sorting by a column the table lacks
     */
    public static CitationTable resort(CitationTable inTreeOrder, RowOrder order) {
        List<CitationRow> rows = inTreeOrder.rows();
        Map<UUID, Integer> treePosition = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            treePosition.put(rows.get(i).code().id(), i);
        }
        List<CitationRow> sorted = sort(rows, order, inTreeOrder.columns(), row -> treePosition.get(row.code().id()));
        return new CitationTable(inTreeOrder.request().withOrder(order), inTreeOrder.columns(), sorted);
    }

    /**
     * @param treePosition where a row's code stands in the code tree, for ties
     * @throws IllegalArgumentException when sorting by a column that is not among {@code columns}
     */
    static List<CitationRow> sort(List<CitationRow> rows, RowOrder order, List<CitationColumn> columns,
                                  ToIntFunction<CitationRow> treePosition) {
        Comparator<CitationRow> byTree = Comparator.comparingInt(treePosition);
        Comparator<CitationRow> key = switch (order.key()) {
            case CODE_TREE -> byTree;
            case CODE_NAME -> {
                Collator collator = Collator.getInstance(Locale.ROOT);
                yield Comparator.comparing(row -> row.code().name(), collator);
            }
            case TOTAL -> Comparator.comparingInt(row -> row.total().count());
            case COLUMN -> {
                int column = columnIndex(columns, order.columnKey());
                yield Comparator.comparingInt(row -> row.cell(column).count());
            }
        };
        if (order.direction() == SortDirection.DESCENDING) {
            key = key.reversed();
        }
        List<CitationRow> sorted = new ArrayList<>(rows);
        sorted.sort(key.thenComparing(byTree));
        return sorted;
    }

    /** A column named by its key or its label. */
    private static int columnIndex(List<CitationColumn> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key) || columns.get(i).label().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("The table has no column '" + key + "' to sort by");
    }
}
