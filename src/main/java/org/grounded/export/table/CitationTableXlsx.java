package org.grounded.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.grounded.analysis.citations.CitationCell;
import org.grounded.analysis.citations.CitationColumn;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;

/**
 * A citations table as an XLSX workbook: bold frozen header; sub-codes indented; counts as
 * numbers, the marked ones shown with their {@code *} or {@code **} through the number format
 * (so they still sum) and bold on a light fill; the legend below. The format escapes the asterisk
 * ({@code 0\*}) rather than quoting it: in a quoted {@code "*"} POI's formatter still reads a fill
 * character, while Excel and LibreOffice read the escape alike.
 */
final class CitationTableXlsx {

    private CitationTableXlsx() {
    }

    static void write(CitationTable table, OutputStream out) throws IOException {
        try (XlsxSheet sheet = new XlsxSheet("Citations")) {
            List<String> header = new ArrayList<>();
            header.add("Code");
            header.add("Rank");
            table.columns().stream().map(CitationColumn::label).forEach(header::add);
            header.add("Total");
            sheet.header(header, XlsxSheet.HeaderText.HORIZONTAL);
            CellStyle plain = sheet.number("0", null);
            CellStyle inColumn = sheet.number("0\\*", XlsxSheet.COLUMN_HIGHLIGHT);
            CellStyle inTotals = sheet.number("0\\*\\*", XlsxSheet.TOTAL_HIGHLIGHT);
            int rowIndex = 1;
            for (CitationRow row : table.rows()) {
                Row sheetRow = sheet.row(rowIndex++);
                sheet.text(sheetRow, 0, row.code().name(), sheet.text(row.depth()));
                sheet.number(sheetRow, 1, row.rank(), Integer.toString(row.rank()), plain);
                int column = 2;
                for (CitationCell cell : row.cells()) {
                    sheet.number(sheetRow, column++, cell.count(), CitationTableExport.shown(cell, MarksDisplay.SHOWN),
                            cell.isMarked() ? inColumn : plain);
                }
                sheet.number(sheetRow, column, row.total().count(),
                        CitationTableExport.shown(row.total(), MarksDisplay.SHOWN),
                        row.total().isMarked() ? inTotals : plain);
            }
            sheet.note(rowIndex + 1, CitationTableExport.legend(table));
            sheet.write(out);
        }
    }
}
