package org.grounded.export.table;

import java.util.List;

/**
 * Writes a {@link TextGrid} as a Markdown pipe table (GitHub and Pandoc read it), followed by its
 * notes as paragraphs. Pipes, backslashes, asterisks, underscores, backticks, brackets and "<" in cells are escaped, so a
 * code named "A|B" or a count marked "83**" shows as written; line breaks become spaces.
 */
public final class MarkdownTable {

    private MarkdownTable() {
    }

    public static String render(TextGrid grid) {
        StringBuilder out = new StringBuilder();
        appendRow(out, grid.header());
        out.append('|');
        for (TextGrid.Alignment alignment : grid.alignments()) {
            out.append(alignment == TextGrid.Alignment.RIGHT ? " ---: |" : " --- |");
        }
        out.append('\n');
        grid.rows().forEach(row -> appendRow(out, row));
        for (String note : grid.notes()) {
            out.append('\n').append(escape(note)).append('\n');
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        out.append('\n');
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '|', '*', '_', '`', '<', '[', ']' -> out.append('\\').append(c);
                case '\r' -> {
                }
                case '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
