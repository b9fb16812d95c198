package org.grounded.export.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.export.table.DelimitedText;
import org.grounded.export.table.GridXlsx;
import org.grounded.export.table.TextGrid;

/**
 * A report written in every format from its four renderings — a grid (CSV, XLSX), Markdown, HTML
 * and DOCX sections — so the codebook and the memos share one choice of writer per format, one
 * title heading and one refusal of a format they do not have.
 *
 * @param what      the report in a sentence, with its verb: "The codebook is", "Memos are"
 * @param sheetName the XLSX sheet's name
 */
record SectionExport<R>(String what, String sheetName, Function<List<R>, TextGrid> grid,
                        BiFunction<List<R>, Integer, String> markdown, BiFunction<List<R>, Integer, String> html,
                        DocxSection<R> docx) {

    /** Writes rows as DOCX sections whose headings start at {@code level}. */
    interface DocxSection<R> {
        void write(DocxWriter docx, List<R> rows, int level);
    }

    void write(List<R> rows, String title, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> GridXlsx.write(grid.apply(rows), sheetName, out);
            case DOCX -> {
                try (DocxWriter writer = new DocxWriter()) {
                    writer.heading(1, title);
                    docx.write(writer, rows, 2);
                    writer.write(out);
                }
            }
            default -> out.write(text(rows, title, format).getBytes(StandardCharsets.UTF_8));
        }
    }

    String text(List<R> rows, String title, ReportFormat format) {
        return switch (format) {
            case CSV -> DelimitedText.csv(grid.apply(rows));
            case MARKDOWN -> "# " + title + "\n\n" + markdown.apply(rows, 2);
            case HTML -> Html.page(title, Html.element("h1", title) + html.apply(rows, 2));
            default -> throw new IllegalArgumentException(what + " not written as " + format.option());
        };
    }

    /** Quotations in one grid cell, one a line: «text» (source) — the codebook's examples, a memo's quotations. */
    static String quotationsCell(List<QuotationRow> quotations) {
        return String.join("\n", quotations.stream().map(q -> "«" + q.text() + "» (" + q.source() + ")").toList());
    }
}
