package org.grounded.export.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grounded.analysis.report.QuotationGroup;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.export.table.DelimitedText;
import org.grounded.export.table.GridXlsx;
import org.grounded.export.table.TextGrid;

/**
 * Writes quotations: CSV, XLSX and JSON one row (object) per quotation, in the order given;
 * Markdown, HTML and DOCX under headings (by code or by participant), each quotation with its
 * source line ("María, 01-maria, ¶14").
 */
public final class QuotationsExport {

    /** The CSV columns, as the issue and the manual name them. */
    public static final List<String> COLUMNS = List.of("document", "participant", "paragraph", "start", "end", "codes",
            "text", "comment", "coder", "created");
    /** Codes and participants are joined with this in one cell. */
    public static final String JOIN = "; ";

    private QuotationsExport() {
    }

    /**
     * @param rows   the quotations in their order, for CSV, XLSX and JSON
     * @param groups the same quotations under headings, for Markdown, HTML and DOCX
     * @param title  the document's title ("Quotations of Donación")
     */
    public static void write(List<QuotationRow> rows, List<QuotationGroup> groups, String title, ReportFormat format,
                             OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> GridXlsx.write(grid(rows), "Quotations", out);
            case DOCX -> {
                try (DocxWriter docx = new DocxWriter()) {
                    docx(docx, groups, title, 1);
                    docx.write(out);
                }
            }
            default -> out.write(text(rows, groups, title, format).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The text formats: CSV, JSON, Markdown, HTML. */
    public static String text(List<QuotationRow> rows, List<QuotationGroup> groups, String title, ReportFormat format) {
        return switch (format) {
            case CSV -> DelimitedText.csv(grid(rows));
            case JSON -> json(rows);
            case MARKDOWN -> "# " + title + "\n\n" + markdown(groups, 2);
            case HTML -> Html.page(title, Html.element("h1", title) + html(groups, 2));
            default -> throw new IllegalArgumentException(format.option() + " is not text");
        };
    }

    public static TextGrid grid(List<QuotationRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (QuotationRow row : rows) {
            cells.add(List.of(row.document(), String.join(JOIN, row.participants()), String.valueOf(row.paragraph()),
                    String.valueOf(row.start()), String.valueOf(row.end()), String.join(JOIN, row.codes()), row.text(),
                    row.comment(), row.coder(), row.created().toString()));
        }
        List<TextGrid.Alignment> alignments = new ArrayList<>();
        for (String column : COLUMNS) {
            alignments.add(column.equals("paragraph") || column.equals("start") || column.equals("end")
                    ? TextGrid.Alignment.RIGHT : TextGrid.Alignment.LEFT);
        }
        return new TextGrid(COLUMNS, cells, alignments, List.of());
    }

    static String json(List<QuotationRow> rows) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (QuotationRow row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("id", row.quotation().id().toString());
            object.put("document", row.document());
            object.put("participants", row.participants());
            object.put("paragraph", row.paragraph());
            object.put("start", row.start());
            object.put("end", row.end());
            object.put("codes", row.codes());
            object.put("text", row.text());
            object.put("comment", row.comment());
            object.put("coder", row.coder());
            object.put("created", row.created().toString());
            objects.add(object);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(objects) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write quotations as JSON: " + e.getMessage(), e);
        }
    }

    /** The groups as Markdown sections at heading level {@code level}. */
    public static String markdown(List<QuotationGroup> groups, int level) {
        StringBuilder out = new StringBuilder();
        String hashes = "#".repeat(level);
        for (QuotationGroup group : groups) {
            out.append(hashes).append(' ').append(group.heading()).append(" (").append(group.rows().size())
                    .append(")\n\n");
            for (QuotationRow row : group.rows()) {
                out.append(markdownQuotation(row));
            }
        }
        return out.toString();
    }

    static String markdownQuotation(QuotationRow row) {
        StringBuilder out = new StringBuilder();
        for (String line : row.text().split("\r?\n", -1)) {
            out.append("> ").append(line).append('\n');
        }
        out.append(">\n> — ").append(row.source()).append(details(row)).append("\n");
        if (row.hasContext()) {
            // The context in plain type, the quotation in bold (each line, since bold cannot cross one).
            out.append(">\n> *In context:* ");
            String marked = row.before() + bold(row.text()) + row.after();
            out.append(String.join("  \n> ", marked.split("\r?\n", -1))).append('\n');
        }
        out.append('\n');
        return out.toString();
    }

    /** The groups as HTML sections at heading level {@code level}. */
    public static String html(List<QuotationGroup> groups, int level) {
        StringBuilder out = new StringBuilder();
        try {
            html(groups, level, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /** The groups as HTML sections written to {@code out} as they go: a study's are 20 MB. */
    static void html(List<QuotationGroup> groups, int level, Appendable out) throws IOException {
        for (QuotationGroup group : groups) {
            out.append(Html.element("h" + level, group.heading() + " (" + group.rows().size() + ")"));
            for (QuotationRow row : group.rows()) {
                out.append(htmlQuotation(row));
            }
        }
    }

    static String htmlQuotation(QuotationRow row) {
        String context = !row.hasContext() ? "" : "<p class=\"context\">" + Html.escape(row.before()) + "<mark>"
                + Html.escape(row.text()) + "</mark>" + Html.escape(row.after()) + "</p>";
        return "<blockquote><p class=\"text\">" + Html.escape(row.text()) + "</p><p class=\"source\">— "
                + Html.escape(row.source() + details(row)) + "</p>" + context + "</blockquote>\n";
    }

    /** Each non-blank line of the text in Markdown bold. */
    private static String bold(String text) {
        return String.join("\n", java.util.Arrays.stream(text.split("\r?\n", -1))
                .map(line -> line.isBlank() ? line : "**" + line.strip() + "**").toList());
    }

    /** The groups as DOCX sections at heading level {@code level}, under a level-1 title when given. */
    public static void docx(DocxWriter docx, List<QuotationGroup> groups, String title, int level) {
        if (title != null) {
            docx.heading(1, title);
            level = 2;
        }
        for (QuotationGroup group : groups) {
            docx.heading(level, group.heading() + " (" + group.rows().size() + ")");
            for (QuotationRow row : group.rows()) {
                docx.quotation(row.text(), row.source() + details(row));
                if (row.hasContext()) {
                    docx.context(row.before(), row.text(), row.after());
                }
            }
        }
    }

    /** " · codes: A; B · comment" after the source line, the parts that are there. */
    static String details(QuotationRow row) {
        StringBuilder out = new StringBuilder();
        if (!row.codes().isEmpty()) {
            out.append(" · ").append(String.join(JOIN, row.codes()));
        }
        if (!row.comment().isEmpty()) {
            out.append(" · ").append(row.comment());
        }
        return out.toString();
    }
}
