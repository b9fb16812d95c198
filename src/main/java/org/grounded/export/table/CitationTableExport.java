package org.grounded.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.grounded.analysis.citations.CitationCell;
import org.grounded.analysis.citations.CitationColumn;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.MarkRule;

/**
 * Writes a citations table as CSV ({@code code,rank,<one column per participant>,total}, plain
 * integers unless marks are shown), tab-separated text for the clipboard, XLSX, Markdown or HTML.
 * Every row has its rank. The XLSX workbook always shows the marks, since its numbers stay numbers
 * either way.
 */
public final class CitationTableExport {

    private CitationTableExport() {
    }

    /** The legend of the marks, as printed below published tables. */
    public static String legend(CitationTable table) {
        if (table.marksWithheld()) {
            return MarkRule.withheld(table.citedCodes(), table.top());
        }
        return "* largest " + table.top() + " values of each column, ** " + table.top() + " largest totals";
    }

    /** Any text format (all but XLSX). */
    public static String text(CitationTable table, ExportFormat format, MarksDisplay marks) {
        return switch (format) {
            case CSV -> DelimitedText.csv(grid(table, marks, "code", "rank", "total"));
            case TSV -> DelimitedText.tabSeparated(grid(table, marks, "code", "rank", "total"));
            case MARKDOWN -> MarkdownTable.render(grid(table, marks, "Code", "Rank", "Total"));
            case HTML -> CitationTableHtml.render(table, marks);
            case XLSX, DOCX -> throw new IllegalArgumentException(format.option() + " is not a text format; write "
                    + "the table to a .xlsx file");
        };
    }

    /** Tab-separated text, for the clipboard; the same cells as the CSV. */
    public static String tabSeparated(CitationTable table, MarksDisplay marks) {
        return text(table, ExportFormat.TSV, marks);
    }

    /** Writes any format, text formats as UTF-8. */
    public static void write(CitationTable table, ExportFormat format, MarksDisplay marks, OutputStream out)
            throws IOException {
        if (format == ExportFormat.XLSX) {
            CitationTableXlsx.write(table, out);
        } else {
            out.write(text(table, format, marks).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** The table as text cells, with or without marks. */
    public static TextGrid grid(CitationTable table, MarksDisplay marks) {
        return grid(table, marks, "code", "rank", "total");
    }

    private static TextGrid grid(CitationTable table, MarksDisplay marks, String code, String rank, String total) {
        List<String> header = new ArrayList<>();
        header.add(code);
        header.add(rank);
        table.columns().stream().map(CitationColumn::label).forEach(header::add);
        header.add(total);
        List<TextGrid.Alignment> alignments = new ArrayList<>();
        alignments.add(TextGrid.Alignment.LEFT);
        for (int i = 1; i < header.size(); i++) {
            alignments.add(TextGrid.Alignment.RIGHT);
        }
        List<List<String>> rows = new ArrayList<>();
        for (CitationRow row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.code().name());
            cells.add(Integer.toString(row.rank()));
            row.cells().forEach(cell -> cells.add(shown(cell, marks)));
            cells.add(shown(row.total(), marks));
            rows.add(cells);
        }
        List<String> notes = marks == MarksDisplay.SHOWN ? List.of(legend(table)) : List.of();
        return new TextGrid(header, rows, alignments, notes);
    }

    static String shown(CitationCell cell, MarksDisplay marks) {
        return marks == MarksDisplay.SHOWN ? cell.count() + cell.mark().symbol() : Integer.toString(cell.count());
    }
}
