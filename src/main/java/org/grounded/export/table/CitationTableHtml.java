package org.grounded.export.table;

import java.util.Locale;
import org.grounded.analysis.citations.CitationCell;
import org.grounded.analysis.citations.CitationColumn;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;

/** A citations table as a standalone HTML page: one table, a small style, the legend. */
final class CitationTableHtml {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; }
            th { background: #f3f3f3; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            td.top { font-weight: bold; background: #fff2cc; }
            td.top-total { font-weight: bold; background: #f8cbad; }
            p.legend { color: #555; font-size: 0.9em; }
            """;

    private CitationTableHtml() {
    }

    static String render(CitationTable table, MarksDisplay marks) {
        String title = "Citations by " + table.request().columns().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (table.request().columns().attributeName().isEmpty() ? "" : " " + table.request().columns().attributeName());
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<table>\n<thead>\n<tr>");
        out.append("<th>Code</th><th>Rank</th>");
        for (CitationColumn column : table.columns()) {
            out.append("<th>").append(escape(column.label())).append("</th>");
        }
        out.append("<th>Total</th></tr>\n</thead>\n<tbody>\n");
        for (CitationRow row : table.rows()) {
            out.append("<tr><td");
            if (row.depth() > 0) {
                out.append(" style=\"padding-left: ").append(String.format(Locale.ROOT, "%.1f", 0.6 + 1.2 * row.depth()))
                        .append("em\"");
            }
            out.append('>').append(escape(row.code().name())).append("</td><td class=\"n\">").append(row.rank())
                    .append("</td>");
            for (CitationCell cell : row.cells()) {
                appendCell(out, cell, marks);
            }
            appendCell(out, row.total(), marks);
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (marks == MarksDisplay.SHOWN) {
            out.append("<p class=\"legend\">").append(escape(CitationTableExport.legend(table))).append("</p>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void appendCell(StringBuilder out, CitationCell cell, MarksDisplay marks) {
        String highlight = marks == MarksDisplay.HIDDEN ? "" : switch (cell.mark()) {
            case NONE -> "";
            case LARGEST_IN_COLUMN -> " top";
            case LARGEST_TOTAL -> " top-total";
        };
        out.append("<td class=\"n").append(highlight).append("\">")
                .append(escape(CitationTableExport.shown(cell, marks))).append("</td>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
