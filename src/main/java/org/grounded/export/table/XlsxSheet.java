package org.grounded.export.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One worksheet written with Apache POI in the house style: a bold, frozen header row (upright
 * for a matrix), numbers as numbers, highlighted cells bold on a light fill, column widths fitted to the longest text (measured
 * in characters rather than with {@code autoSizeColumn}, which needs fonts a headless server may
 * lack), and notes below the table.
 */
final class XlsxSheet implements AutoCloseable {

    /** How header labels run. */
    enum HeaderText {
        HORIZONTAL,
        /** Turned upright above the first column, so a matrix's columns stay as narrow as its numbers. */
        UPRIGHT
    }

    /** Light yellow, for the largest values of a column. */
    static final byte[] COLUMN_HIGHLIGHT = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    /** Light orange, for the largest totals. */
    static final byte[] TOTAL_HIGHLIGHT = {(byte) 0xF8, (byte) 0xCB, (byte) 0xAD};
    private static final int MAX_WIDTH_CHARS = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final Map<Integer, Integer> widthChars = new HashMap<>();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private int lastRow = -1;

    XlsxSheet(String name) {
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    }

    /** Row 0, bold and frozen so it stays in view while scrolling. */
    void header(List<String> labels, HeaderText direction) {
        Row row = row(0);
        CellStyle across = style("header", true, null, null, 0);
        CellStyle upright = style("upright-header", true, null, null, 0);
        for (int column = 0; column < labels.size(); column++) {
            if (direction == HeaderText.UPRIGHT && column > 0) {
                Cell cell = row.createCell(column);
                cell.setCellValue(labels.get(column));
                cell.setCellStyle(upright);
            } else {
                text(row, column, labels.get(column), across);
            }
        }
        if (direction == HeaderText.UPRIGHT) {
            int longest = labels.stream().skip(1).mapToInt(String::length).max().orElse(1);
            row.setHeightInPoints(Math.min(409, 6.5f * longest + 8));
            sheet.createFreezePane(1, 1);
        } else {
            sheet.createFreezePane(0, 1);
        }
    }

    Row row(int index) {
        lastRow = Math.max(lastRow, index);
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    int lastRow() {
        return lastRow;
    }

    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        widen(column, value.length() + (style.getIndention() * 2));
    }

    void number(Row row, int column, double value, String shownAs, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        widen(column, shownAs.length());
    }

    /** A line below the table, in the first column, not widening it. */
    void note(int rowIndex, String text) {
        Cell cell = row(rowIndex).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style("note", false, null, null, 0));
    }

    /** Plain text; {@code indent} levels shift it right, for sub-codes. */
    CellStyle text(int indent) {
        return style("text", false, null, null, indent);
    }

    /** A number with an Excel format such as {@code 0} or {@code 0"*"}, bold on a fill when highlighted. */
    CellStyle number(String format, byte[] highlight) {
        return style("number", highlight != null, format, highlight, 0);
    }

    private CellStyle style(String kind, boolean bold, String format, byte[] fill, int indent) {
        String key = kind + "|" + bold + "|" + format + "|" + (fill == null ? "" : fill[0] + "," + fill[1] + "," + fill[2])
                + "|" + indent;
        return styles.computeIfAbsent(key, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(bold);
            font.setItalic(kind.equals("note"));
            style.setFont(font);
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                style.setAlignment(HorizontalAlignment.RIGHT);
            }
            if (fill != null) {
                style.setFillForegroundColor(new XSSFColor(fill, null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            if (kind.equals("header")) {
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            if (kind.equals("upright-header")) {
                style.setRotation((short) 90);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.BOTTOM);
            }
            style.setIndention((short) indent);
            return style;
        });
    }

    private void widen(int column, int chars) {
        widthChars.merge(column, chars, Math::max);
    }

    /** Writes the workbook; printed (or made a PDF) the sheet is one landscape page wide, as a paper's table. */
    void write(OutputStream out) throws IOException {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        widthChars.forEach((column, chars) ->
                sheet.setColumnWidth(column, Math.min(MAX_WIDTH_CHARS, Math.max(4, chars) + 2) * 256));
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
