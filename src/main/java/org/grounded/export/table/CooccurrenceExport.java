package org.grounded.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.grounded.analysis.Decimals;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.model.Code;

/**
 * Writes a co-occurrence matrix as CSV (first column {@code code}, then one column per code in the
 * rows' order), tab-separated text, XLSX or Markdown. The diagonal is empty; an undefined
 * c-coefficient is written "n/a"; c-coefficients show two decimals (XLSX keeps the full value).
 */
public final class CooccurrenceExport {

    /** What an undefined c-coefficient shows. */
    public static final String UNDEFINED = "n/a";

    private CooccurrenceExport() {
    }

    public static String text(CooccurrenceMatrix matrix, CooccurrenceMeasure measure, ExportFormat format) {
        return switch (format) {
            case CSV -> DelimitedText.csv(grid(matrix, measure));
            case TSV -> DelimitedText.tabSeparated(grid(matrix, measure));
            case MARKDOWN -> MarkdownTable.render(grid(matrix, measure));
            case XLSX, HTML, DOCX -> throw new IllegalArgumentException("A co-occurrence matrix is written as csv, tsv, md or xlsx, not "
                    + format.option());
        };
    }

    public static void write(CooccurrenceMatrix matrix, CooccurrenceMeasure measure, ExportFormat format,
                             OutputStream out) throws IOException {
        if (format == ExportFormat.XLSX) {
            writeXlsx(matrix, measure, out);
        } else {
            out.write(text(matrix, measure, format).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    public static TextGrid grid(CooccurrenceMatrix matrix, CooccurrenceMeasure measure) {
        List<String> header = new ArrayList<>();
        header.add("code");
        matrix.codes().stream().map(Code::name).forEach(header::add);
        List<TextGrid.Alignment> alignments = new ArrayList<>();
        alignments.add(TextGrid.Alignment.LEFT);
        matrix.codes().forEach(code -> alignments.add(TextGrid.Alignment.RIGHT));
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < matrix.size(); row++) {
            List<String> cells = new ArrayList<>();
            cells.add(matrix.codes().get(row).name());
            for (int column = 0; column < matrix.size(); column++) {
                cells.add(shown(matrix, measure, row, column));
            }
            rows.add(cells);
        }
        return new TextGrid(header, rows, alignments, List.of(legend(measure)));
    }

    public static String legend(CooccurrenceMeasure measure) {
        return measure == CooccurrenceMeasure.COUNT
                ? "n(A,B): pairs of a coding of A and a coding of B whose passages overlap; a quotation coded with both counts once"
                : "c = n(A,B) / (n(A) + n(B) - n(A,B)); " + UNDEFINED
                + " where overlapping quotations pair many to many and the coefficient is undefined";
    }

    private static String shown(CooccurrenceMatrix matrix, CooccurrenceMeasure measure, int row, int column) {
        if (row == column) {
            return "";
        }
        if (measure == CooccurrenceMeasure.COUNT) {
            return Long.toString(matrix.count(row, column));
        }
        OptionalDouble c = matrix.coefficient(row, column);
        return c.isPresent() ? Decimals.twoPlaces(c.getAsDouble()) : UNDEFINED;
    }

    private static void writeXlsx(CooccurrenceMatrix matrix, CooccurrenceMeasure measure, OutputStream out)
            throws IOException {
        try (XlsxSheet sheet = new XlsxSheet(measure == CooccurrenceMeasure.COUNT ? "Co-occurrence" : "C-coefficient")) {
            TextGrid grid = grid(matrix, measure);
            sheet.header(grid.header(), XlsxSheet.HeaderText.UPRIGHT);
            CellStyle number = sheet.number(measure == CooccurrenceMeasure.COUNT ? "0" : "0.00", null);
            CellStyle text = sheet.text(0);
            for (int row = 0; row < matrix.size(); row++) {
                Row sheetRow = sheet.row(row + 1);
                sheet.text(sheetRow, 0, matrix.codes().get(row).name(), text);
                for (int column = 0; column < matrix.size(); column++) {
                    OptionalDouble value = matrix.value(row, column, measure);
                    String shown = grid.rows().get(row).get(column + 1);
                    if (value.isPresent()) {
                        sheet.number(sheetRow, column + 1, value.getAsDouble(), shown, number);
                    } else if (!shown.isEmpty()) {
                        sheet.text(sheetRow, column + 1, shown, text);
                    }
                }
            }
            sheet.note(matrix.size() + 2, legend(measure));
            sheet.write(out);
        }
    }
}
