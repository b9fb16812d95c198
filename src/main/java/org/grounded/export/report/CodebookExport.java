package org.grounded.export.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grounded.analysis.report.CodebookRow;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.export.table.TextGrid;

/**
 * Writes the codebook: CSV and XLSX one row per code (examples joined), Markdown, HTML and DOCX
 * one section per code in tree order with its definition, figures and example quotations.
 */
public final class CodebookExport {

    public static final List<String> COLUMNS = List.of("code", "level", "core", "parent", "depth", "colour",
            "description", "quotations", "participants", "examples");
    public static final String CORE_MARK = "core";

    private static final SectionExport<CodebookRow> SECTION = new SectionExport<>("The codebook is", "Codebook",
            CodebookExport::grid, CodebookExport::markdown, CodebookExport::html, CodebookExport::docx);

    private CodebookExport() {
    }

    public static void write(List<CodebookRow> rows, String title, ReportFormat format, OutputStream out)
            throws IOException {
        SECTION.write(rows, title, format, out);
    }

    public static String text(List<CodebookRow> rows, String title, ReportFormat format) {
        return SECTION.text(rows, title, format);
    }

    public static TextGrid grid(List<CodebookRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (CodebookRow row : rows) {
            cells.add(List.of(row.code().name(), level(row), row.code().core() ? CORE_MARK : "", row.parent(),
                    String.valueOf(row.depth()), row.code().colour(), row.code().description(),
                    String.valueOf(row.quotations()), String.valueOf(row.participants()),
                    SectionExport.quotationsCell(row.examples())));
        }
        List<TextGrid.Alignment> alignments = COLUMNS.stream().map(column -> switch (column) {
            case "depth", "quotations", "participants" -> TextGrid.Alignment.RIGHT;
            default -> TextGrid.Alignment.LEFT;
        }).toList();
        return new TextGrid(COLUMNS, cells, alignments, List.of());
    }

    static String level(CodebookRow row) {
        return row.code().level().name().toLowerCase(Locale.ROOT);
    }

    /** "axial · core · sub-code of Motivación · 3 quotations, 2 participants · #0067A5" */
    static String facts(CodebookRow row) {
        StringBuilder out = new StringBuilder(level(row));
        if (row.code().core()) {
            out.append(" · ").append(CORE_MARK);
        }
        if (!row.parent().isEmpty()) {
            out.append(" · sub-code of ").append(row.parent());
        }
        out.append(" · ").append(row.quotations()).append(row.quotations() == 1 ? " quotation, " : " quotations, ")
                .append(row.participants()).append(row.participants() == 1 ? " participant" : " participants");
        out.append(" · ").append(row.code().colour());
        return out.toString();
    }

    /** Headings one level deeper per level of the tree, down to level 3 (deeper codes stay at 3). */
    private static int headingLevel(CodebookRow row, int level) {
        return Math.min(3, level + row.depth());
    }

    public static String markdown(List<CodebookRow> rows, int level) {
        StringBuilder out = new StringBuilder();
        for (CodebookRow row : rows) {
            out.append("#".repeat(headingLevel(row, level))).append(' ').append(row.code().name()).append("\n\n");
            out.append('*').append(facts(row)).append("*\n\n");
            if (!row.code().description().isEmpty()) {
                out.append(row.code().description()).append("\n\n");
            }
            for (QuotationRow example : row.examples()) {
                out.append(QuotationsExport.markdownQuotation(example));
            }
        }
        return out.toString();
    }

    public static String html(List<CodebookRow> rows, int level) {
        StringBuilder out = new StringBuilder();
        for (CodebookRow row : rows) {
            int h = headingLevel(row, level);
            out.append("<h").append(h).append("><span class=\"swatch\" style=\"background:")
                    .append(Html.escape(row.code().colour())).append("\"></span> ")
                    .append(Html.escape(row.code().name())).append("</h").append(h).append(">\n");
            out.append("<p class=\"source\">").append(Html.escape(facts(row))).append("</p>\n");
            if (!row.code().description().isEmpty()) {
                out.append("<p class=\"memo-text\">").append(Html.escape(row.code().description())).append("</p>\n");
            }
            for (QuotationRow example : row.examples()) {
                out.append(QuotationsExport.htmlQuotation(example));
            }
        }
        return out.toString();
    }

    public static void docx(DocxWriter docx, List<CodebookRow> rows, int level) {
        for (CodebookRow row : rows) {
            docx.heading(headingLevel(row, level), row.code().name());
            docx.note(facts(row));
            if (!row.code().description().isEmpty()) {
                docx.paragraph(row.code().description());
            }
            for (QuotationRow example : row.examples()) {
                docx.quotation(example.text(), example.source());
            }
        }
    }
}
