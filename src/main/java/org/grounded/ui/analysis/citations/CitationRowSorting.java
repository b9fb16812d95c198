package org.grounded.ui.analysis.citations;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.RowOrder;
import org.grounded.analysis.citations.SortDirection;

/**
 * Re-sorts a computed citations table without counting again, the way
 * {@link org.grounded.analysis.citations.CitationTables#compute} would have ordered it: ties keep
 * the code tree's order. Ranks and marks belong to the rows, so sorting never changes them. The
 * sorted table carries its order in its request, so exports keep what the window shows.
 */
final class CitationRowSorting {

    private CitationRowSorting() {
    }

    /**
     * @param inTreeOrder a table computed in code-tree order
     * @throws IllegalArgumentException when sorting by a column the table lacks
     */
    static CitationTable sort(CitationTable inTreeOrder, RowOrder order) {
        List<CitationRow> rows = inTreeOrder.rows();
        Map<UUID, Integer> treePosition = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            treePosition.put(rows.get(i).code().id(), i);
        }
        Comparator<CitationRow> byTree = Comparator.comparingInt(row -> treePosition.get(row.code().id()));
        Comparator<CitationRow> key = switch (order.key()) {
            case CODE_TREE -> byTree;
            case CODE_NAME -> {
                Collator collator = Collator.getInstance(Locale.ROOT);
                yield Comparator.comparing(row -> row.code().name(), collator);
            }
            case TOTAL -> Comparator.comparingInt(row -> row.total().count());
            case COLUMN -> {
                int column = inTreeOrder.columnIndex(order.columnKey()).orElseThrow(() ->
                        new IllegalArgumentException("The table has no column '" + order.columnKey() + "' to sort by"));
                yield Comparator.comparingInt(row -> row.cell(column).count());
            }
        };
        if (order.direction() == SortDirection.DESCENDING) {
            key = key.reversed();
        }
        List<CitationRow> sorted = new ArrayList<>(rows);
        sorted.sort(key.thenComparing(byTree));
        return new CitationTable(inTreeOrder.request().withOrder(order), inTreeOrder.columns(), sorted);
    }
}
