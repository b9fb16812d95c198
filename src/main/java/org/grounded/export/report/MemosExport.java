package org.grounded.export.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.grounded.analysis.report.MemoRow;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.export.table.TextGrid;

/** Writes memos: CSV one row per memo; Markdown, HTML and DOCX one section per memo with its links and quotations. */
public final class MemosExport {

    public static final List<String> COLUMNS = List.of("title", "kind", "author", "created", "modified", "links", "text",
            "quotations");

    private static final SectionExport<MemoRow> SECTION = new SectionExport<>("Memos are", "Memos",
            MemosExport::grid, MemosExport::markdown, MemosExport::html, MemosExport::docx);

    private MemosExport() {
    }

    public static void write(List<MemoRow> rows, String title, ReportFormat format, OutputStream out)
            throws IOException {
        SECTION.write(rows, title, format, out);
    }

    public static String text(List<MemoRow> rows, String title, ReportFormat format) {
        return SECTION.text(rows, title, format);
    }

    public static TextGrid grid(List<MemoRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (MemoRow row : rows) {
            cells.add(List.of(row.memo().title(), row.memo().kind().key(), row.memo().author(), row.memo().createdAt().toString(),
                    row.memo().modifiedAt().toString(), links(row),
                    row.memo().text(), SectionExport.quotationsCell(row.quotations())));
        }
        return new TextGrid(COLUMNS, cells, COLUMNS.stream().map(c -> TextGrid.Alignment.LEFT).toList(), List.of());
    }

    /** "code: Fe; quotation: María, 01-maria, ¶2" */
    static String links(MemoRow row) {
        return String.join(QuotationsExport.JOIN, row.links().stream().map(link -> link.kind() + ": " + link.name())
                .toList());
    }

    /** "Field note · Ana, 2026-03-05 · about code: Fe" */
    static String byline(MemoRow row) {
        String author = row.memo().author().isEmpty() ? "" : row.memo().author() + ", ";
        return row.memo().kind().label() + " · " + author + row.memo().createdAt().toString().substring(0, 10) + " · about " + links(row);
    }

    public static String markdown(List<MemoRow> rows, int level) {
        StringBuilder out = new StringBuilder();
        for (MemoRow row : rows) {
            out.append("#".repeat(level)).append(' ').append(row.memo().title()).append("\n\n");
            out.append('*').append(byline(row)).append("*\n\n");
            if (!row.memo().text().isEmpty()) {
                out.append(row.memo().text().strip()).append("\n\n");
            }
            for (QuotationRow quotation : row.quotations()) {
                out.append(QuotationsExport.markdownQuotation(quotation));
            }
        }
        return out.toString();
    }

    public static String html(List<MemoRow> rows, int level) {
        StringBuilder out = new StringBuilder();
        for (MemoRow row : rows) {
            out.append(Html.element("h" + level, row.memo().title()));
            out.append("<p class=\"source\">").append(Html.escape(byline(row))).append("</p>\n");
            if (!row.memo().text().isEmpty()) {
                out.append("<p class=\"memo-text\">").append(Html.escape(row.memo().text().strip())).append("</p>\n");
            }
            for (QuotationRow quotation : row.quotations()) {
                out.append(QuotationsExport.htmlQuotation(quotation));
            }
        }
        return out.toString();
    }

    public static void docx(DocxWriter docx, List<MemoRow> rows, int level) {
        for (MemoRow row : rows) {
            docx.heading(level, row.memo().title());
            docx.note(byline(row));
            if (!row.memo().text().isEmpty()) {
                docx.paragraph(row.memo().text().strip());
            }
            for (QuotationRow quotation : row.quotations()) {
                docx.quotation(quotation.text(), quotation.source());
            }
        }
    }
}
