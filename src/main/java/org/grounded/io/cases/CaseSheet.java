package org.grounded.io.cases;

import java.util.List;
import java.util.Objects;

/**
 * The cells of a spreadsheet of cases as text: the first row names the columns, every other row
 * is one participant (or document). Cells are as the file holds them, untyped.
 *
 * @param source the file's name, for messages
 */
public record CaseSheet(String source, List<String> header, List<Row> rows, boolean decimalComma) {

    public CaseSheet {
        Objects.requireNonNull(source, "source");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One row of the sheet.
     *
     * @param number the row's number as the spreadsheet shows it (the header is row 1)
     */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in a column, "" past the row's end. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
