package org.grounded.export.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.grounded.export.table.TextGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document in the reports' house style, written with Apache POI: real heading styles
 * ("Heading 1" to "Heading 3", so Word's navigation pane and table of contents see them), quotations
 * as indented italic paragraphs with their source line, and tables with a bold header row.
 */
public final class DocxWriter implements AutoCloseable {

    private static final int[] HEADING_HALF_POINTS = {32, 26, 23};
    /** The text's width on A4 or Letter with margins of an inch or 2.5 cm. */
    static final double MAX_PICTURE_WIDTH_POINTS = 450;
    static final double MAX_PICTURE_HEIGHT_POINTS = 600;
    /** The text's width in twips (6.25 inches): A4 or Letter with the usual margins. */
    static final int TEXT_WIDTH_TWIPS = 9000;
    private final XWPFDocument document = new XWPFDocument();

    public DocxWriter() {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= HEADING_HALF_POINTS.length; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            style.getPPr().addNewKeepNext();
            style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(HEADING_HALF_POINTS[level - 1]));
            run.addNewColor().setVal(level == 1 ? "1F3864" : "2F5496");
            styles.addStyle(new XWPFStyle(style));
        }
    }

    /** A heading of level 1 to 3. */
    public void heading(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + Math.max(1, Math.min(level, HEADING_HALF_POINTS.length)));
        text(paragraph.createRun(), text);
    }

    /** A plain paragraph; line breaks in the text stay line breaks. */
    public void paragraph(String text) {
        text(document.createParagraph().createRun(), text);
    }

    /** A small grey paragraph, for notes and legends. */
    public void note(String text) {
        XWPFRun run = document.createParagraph().createRun();
        run.setFontSize(9);
        run.setColor("555555");
        text(run, text);
    }

    /** A paragraph that starts with a bold label: "Description: ..." */
    public void labelled(String label, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun bold = paragraph.createRun();
        bold.setBold(true);
        bold.setText(label + ": ");
        text(paragraph.createRun(), text);
    }

    /** A quotation, indented and in italics, with its source line below in small type. */
    public void quotation(String text, String source) {
        XWPFParagraph quoted = document.createParagraph();
        quoted.setIndentationLeft(567);
        quoted.setSpacingAfter(0);
        XWPFRun run = quoted.createRun();
        run.setItalic(true);
        text(run, "«" + text + "»");
        XWPFParagraph line = document.createParagraph();
        line.setIndentationLeft(567);
        line.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun sourceRun = line.createRun();
        sourceRun.setFontSize(9);
        sourceRun.setColor("555555");
        text(sourceRun, "— " + source);
    }

    /** A quotation in its context, indented in small type, the quotation itself in bold. */
    public void context(String before, String quoted, String after) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationLeft(567);
        for (int part = 0; part < 3; part++) {
            XWPFRun run = paragraph.createRun();
            run.setFontSize(9);
            run.setColor("444444");
            run.setBold(part == 1);
            text(run, part == 0 ? before : part == 1 ? quoted : after);
        }
    }

    /**
     * A table: the grid's header bold, its cells as text, its notes below. Columns get widths in
     * proportion to what they hold (a code's name wider than a count), fixed so Word and LibreOffice
     * agree; many columns get smaller type.
     */
    public void table(TextGrid grid) {
        int columns = grid.header().size();
        XWPFTable table = document.createTable(grid.rows().size() + 1, columns);
        table.setWidth("100%");
        int fontSize = fontSize(columns);
        int margin = cellMargin(columns);
        int[] widths = columnWidths(grid, TEXT_WIDTH_TWIPS, fontSize, margin);
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl ct = table.getCTTbl();
        ct.getTblPr().addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid tableGrid =
                ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (tableGrid.sizeOfGridColArray() > 0) {
            tableGrid.removeGridCol(0);
        }
        for (int width : widths) {
            tableGrid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setCellMargins(0, margin, 0, margin);
        fill(table.getRow(0), grid.header(), true, grid, widths, fontSize);
        for (int r = 0; r < grid.rows().size(); r++) {
            fill(table.getRow(r + 1), grid.rows().get(r), false, grid, widths, fontSize);
        }
        table.getRow(0).setRepeatHeader(true);
        for (String note : grid.notes()) {
            note(note);
        }
    }

    /** Many columns get smaller type (a citations table of nine participants takes 8 points). */
    static int fontSize(int columns) {
        return columns > 24 ? 6 : columns > 14 ? 7 : columns > 10 ? 8 : 9;
    }

    /** The left and right margin of a cell, in twips; narrower as columns grow in number. */
    static int cellMargin(int columns) {
        return columns > 14 ? 20 : columns > 10 ? 40 : 80;
    }

    /**
     * Each column's width in twips, together {@code total}: first room for its longest word in
     * bold at {@code fontSize} points plus the cell's margins (a heading such as "rank" or a name
     * such as "María" must not break inside the word), then what is left in proportion to its
     * longest word and, less, its longest cell. Where the words alone do not fit, they share the
     * width in proportion.
     */
    static int[] columnWidths(TextGrid grid, int total, int fontSize, int margin) {
        int columns = grid.header().size();
        double[] weights = new double[columns];
        double[] least = new double[columns];
        for (int c = 0; c < columns; c++) {
            double longestWord = longestWord(grid.header().get(c));
            double longestCell = 0;
            for (List<String> row : grid.rows()) {
                String cell = c < row.size() ? row.get(c) : "";
                longestWord = Math.max(longestWord, longestWord(cell));
                longestCell = Math.max(longestCell, cell.codePointCount(0, cell.length()));
            }
            // In a wide matrix the row labels wrap rather than squeeze thirty number columns.
            double cap = columns > 14 ? 14 : 36;
            weights[c] = Math.min(cap, Math.max(3, Math.max(longestWord, Math.min(longestCell, 36) * 0.75))) + 1;
            // A bold character is about 0.62 of the type size wide; a point is 20 twips.
            least[c] = Math.min(cap, longestWord) * fontSize * 0.62 * 20 + 2 * margin + 20;
        }
        double leastSum = java.util.Arrays.stream(least).sum();
        double weightSum = java.util.Arrays.stream(weights).sum();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            double width = leastSum >= total
                    ? total * least[c] / leastSum
                    : least[c] + (total - leastSum) * weights[c] / weightSum;
            widths[c] = (int) Math.round(width);
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.codePointCount(0, word.length()));
        }
        return Math.min(longest, 24);
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean header, TextGrid grid, int[] widths,
                             int fontSize) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(String.valueOf(widths[c]));
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setSpacingAfter(0);
            if (grid.alignments().get(c) == TextGrid.Alignment.RIGHT) {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
            }
            XWPFRun run = paragraph.createRun();
            run.setBold(header);
            run.setFontSize(fontSize);
            text(run, cells.get(c));
        }
    }

    /** Sets a run's text, turning line feeds into line breaks and dropping what XML cannot hold. */
    private static void text(XWPFRun run, String text) {
        String[] lines = Html.xmlSafe(text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /**
     * A picture as wide as the text allows (at most {@code maxWidthPoints}, never taller than a
     * page's text), centred, with its caption below.
     */
    public void picture(byte[] png, int pixelWidth, int pixelHeight, String name, String caption) throws IOException {
        double scale = Math.min(MAX_PICTURE_WIDTH_POINTS / pixelWidth, MAX_PICTURE_HEIGHT_POINTS / pixelHeight);
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        try (java.io.InputStream in = new java.io.ByteArrayInputStream(png)) {
            paragraph.createRun().addPicture(in, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, name,
                    org.apache.poi.util.Units.toEMU(pixelWidth * scale), org.apache.poi.util.Units.toEMU(pixelHeight * scale));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("Could not embed " + name + ": " + e.getMessage(), e);
        }
        XWPFParagraph below = document.createParagraph();
        below.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = below.createRun();
        run.setFontSize(9);
        run.setItalic(true);
        text(run, caption);
    }

    public void write(OutputStream out) throws IOException {
        document.write(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
