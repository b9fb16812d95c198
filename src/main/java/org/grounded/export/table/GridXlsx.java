package org.grounded.export.table;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes a {@link TextGrid} as a one-sheet workbook in the house style: the header bold and
 * frozen, right-aligned columns' whole numbers as numbers, the notes below.
 */
public final class GridXlsx {

    /** Excel holds at most this many characters in a cell; longer text is cut with a mark. */
    static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String CUT = " […]";

    private GridXlsx() {
    }

    public static void write(TextGrid grid, String sheetName, OutputStream out) throws IOException {
        try (XlsxSheet sheet = new XlsxSheet(sheetName)) {
            sheet.header(grid.header(), XlsxSheet.HeaderText.HORIZONTAL);
            CellStyle text = sheet.text(0);
            CellStyle number = sheet.number("0", null);
            for (int r = 0; r < grid.rows().size(); r++) {
                Row row = sheet.row(r + 1);
                for (int c = 0; c < grid.header().size(); c++) {
                    String value = grid.rows().get(r).get(c);
                    if (grid.alignments().get(c) == TextGrid.Alignment.RIGHT && value.matches("-?\\d{1,15}")) {
                        sheet.number(row, c, Long.parseLong(value), value, number);
                    } else {
                        sheet.text(row, c, fitted(value), text);
                    }
                }
            }
            int noteRow = sheet.lastRow() + 2;
            for (String note : grid.notes()) {
                sheet.note(noteRow++, note);
            }
            sheet.write(out);
        }
    }

    static String fitted(String value) {
        if (value.length() <= MAX_CELL_CHARS) {
            return value;
        }
        int cut = MAX_CELL_CHARS - CUT.length();
        return value.substring(0, Character.isHighSurrogate(value.charAt(cut - 1)) ? cut - 1 : cut) + CUT;
    }
}
