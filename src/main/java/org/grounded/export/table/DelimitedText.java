package org.grounded.export.table;

import java.util.List;

/**
 * Writes a {@link TextGrid} as delimiter-separated values: RFC 4180 CSV with a comma, or
 * tab-separated text for the clipboard, from the same code. A field is quoted when it holds the
 * delimiter, a double quote, a line break, or leading or trailing spaces; quotes inside are
 * doubled. Lines end with CRLF as RFC 4180 asks. Notes are not written: a CSV file is data.
 *
 * <p>A text field a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
 * return, as OWASP's "CSV injection" lists) gets a leading apostrophe, so that a quotation such as
 * "=HYPERLINK(...)" opens as text in Excel or LibreOffice; numbers such as -0.5 are left alone.
 */
public final class DelimitedText {

    private DelimitedText() {
    }

    public static String render(TextGrid grid, char delimiter) {
        StringBuilder out = new StringBuilder();
        appendLine(out, grid.header(), delimiter);
        grid.rows().forEach(row -> appendLine(out, row, delimiter));
        return out.toString();
    }

    public static String csv(TextGrid grid) {
        return render(grid, ',');
    }

    public static String tabSeparated(TextGrid grid) {
        return render(grid, '\t');
    }

    private static void appendLine(StringBuilder out, List<String> fields, char delimiter) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(field(fields.get(i), delimiter));
        }
        out.append("\r\n");
    }

    static String field(String raw, char delimiter) {
        String value = defused(raw);
        boolean quote = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' '
                || value.charAt(value.length() - 1) == ' '));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** The value with an apostrophe before a leading formula character; numbers as they are. */
    static String defused(String value) {
        if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+([.,]\\d+)?%?");
}
