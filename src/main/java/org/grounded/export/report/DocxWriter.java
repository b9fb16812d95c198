package org.grounded.export.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.grounded.export.table.TextGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document in the reports' house style, written with Apache POI: real heading styles
 * ("Heading 1" to "Heading 3", so Word's navigation pane and table of contents see them), quotations
 * as indented italic paragraphs with their source line, and tables with a bold header row. POI
 * writes the package and its styles; the body is streamed as plain WordprocessingML (as POI's SXSSF
 * streams a spreadsheet's sheets), so a report's size costs time in proportion, not a tree in memory.
 */
public final class DocxWriter implements AutoCloseable {

    private static final int[] HEADING_HALF_POINTS = {32, 26, 23};
    /** The text's width on A4 or Letter with margins of an inch or 2.5 cm. */
    static final double MAX_PICTURE_WIDTH_POINTS = 450;
    static final double MAX_PICTURE_HEIGHT_POINTS = 600;
    /** The text's width in twips (6.25 inches): A4 or Letter with the usual margins. */
    static final int TEXT_WIDTH_TWIPS = 9000;
    private static final String DOCUMENT_PART = "word/document.xml";
    private static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>";
    private static final String DOCUMENT_END = "</w:body></w:document>";
    /** The package's skeleton: styles and pictures; its body stays empty (see {@link #write}). */
    private final XWPFDocument document = new XWPFDocument();
    /**
     * The body's XML, streamed to a temporary file as the report is written: a tree of XMLBeans
     * objects for a report of 200,000 quotations took most of the report's time and memory.
     */
    private final Path bodyFile;
    private final Writer body;
    private int pictures;

    public DocxWriter() {
        try {
            bodyFile = Files.createTempFile("grounded-report", ".xml");
            body = Files.newBufferedWriter(bodyFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary file for the Word document's body", e);
        }
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
        int style = Math.max(1, Math.min(level, HEADING_HALF_POINTS.length));
        paragraph("<w:pStyle w:val=\"Heading" + style + "\"/>", "", text);
    }

    /** A plain paragraph; line breaks in the text stay line breaks. */
    public void paragraph(String text) {
        paragraph("", "", text);
    }

    /** A small grey paragraph, for notes and legends. */
    public void note(String text) {
        paragraph("", "<w:color w:val=\"555555\"/><w:sz w:val=\"18\"/>", text);
    }

    /** A paragraph that starts with a bold label: "Description: ..." */
    public void labelled(String label, String text) {
        append("<w:p>");
        run("<w:b/>", label + ": ");
        run("", text);
        append("</w:p>");
    }

    /** A quotation, indented and in italics, with its source line below in small type. */
    public void quotation(String text, String source) {
        paragraph("<w:spacing w:after=\"0\"/><w:ind w:left=\"567\"/>", "<w:i/>", "«" + text + "»");
        paragraph("<w:ind w:left=\"567\"/><w:jc w:val=\"left\"/>", "<w:color w:val=\"555555\"/><w:sz w:val=\"18\"/>",
                "— " + source);
    }

    /** A quotation in its context, indented in small type, the quotation itself in bold. */
    public void context(String before, String quoted, String after) {
        append("<w:p><w:pPr><w:ind w:left=\"567\"/></w:pPr>");
        String small = "<w:color w:val=\"444444\"/><w:sz w:val=\"18\"/>";
        run(small, before);
        run("<w:b/>" + small, quoted);
        run(small, after);
        append("</w:p>");
    }

    /**
     * A table: the grid's header bold, its cells as text, its notes below. Columns get widths in
     * proportion to what they hold (a code's name wider than a count), fixed so Word and LibreOffice
     * agree; many columns get smaller type.
     */
    public void table(TextGrid grid) {
        int columns = grid.header().size();
        int fontSize = fontSize(columns);
        int margin = cellMargin(columns);
        int[] widths = columnWidths(grid, TEXT_WIDTH_TWIPS, fontSize, margin);
        append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            append("<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\""
                + margin + "\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"" + margin
                + "\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int width : widths) {
            append("<w:gridCol w:w=\"" + width + "\"/>");
        }
        append("</w:tblGrid>");
        fill(grid.header(), true, grid, widths, fontSize);
        for (List<String> row : grid.rows()) {
            fill(row, false, grid, widths, fontSize);
        }
        append("</w:tbl>");
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

    /**
     * The code points of the longest run without white space (as {@code split("\\s+")} would part
     * it), at most 24; a scan rather than a split, since a table of 300 codes asks for each cell.
     */
    static int longestWord(String text) {
        int longest = 0;
        int word = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r')) {
                word = 0;
            } else {
                longest = Math.max(longest, ++word);
            }
        }
        return Math.min(longest, 24);
    }

    private void fill(List<String> cells, boolean header, TextGrid grid, int[] widths, int fontSize) {
        append(header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>");
        String runStyle = (header ? "<w:b/>" : "") + "<w:sz w:val=\"" + 2 * fontSize + "\"/>";
        for (int c = 0; c < widths.length; c++) {
            append("<w:tc><w:tcPr><w:tcW w:w=\"" + widths[c] + "\" w:type=\"dxa\"/></w:tcPr>");
            if (c < cells.size()) {
                boolean right = grid.alignments().get(c) == TextGrid.Alignment.RIGHT;
                paragraph("<w:spacing w:after=\"0\"/>" + (right ? "<w:jc w:val=\"right\"/>" : ""), runStyle, cells.get(c));
            } else {
                append("<w:p/>");
            }
            append("</w:tc>");
        }
        append("</w:tr>");
    }

    /** A paragraph of one run: its properties (in schema order) and its run's, then the text. */
    private void paragraph(String paragraphProperties, String runProperties, String text) {
        append(paragraphProperties.isEmpty() ? "<w:p>" : "<w:p><w:pPr>" + paragraphProperties + "</w:pPr>");
        run(runProperties, text);
        append("</w:p>");
    }

    /** A run, turning line feeds into line breaks and dropping what XML cannot hold. */
    /** A line break in a run's text; compiled once, not per run (a study report has 100,000 runs). */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r?\n");

    private void run(String runProperties, String text) {
        append(runProperties.isEmpty() ? "<w:r>" : "<w:r><w:rPr>" + runProperties + "</w:rPr>");
        String[] lines = LINE_BREAK.split(text, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                append("<w:br/>");
            }
            append("<w:t xml:space=\"preserve\">");
            append(Html.escape(lines[i]));
            append("</w:t>");
        }
        append("</w:r>");
    }

    /**
     * A picture as wide as the text allows (at most {@code maxWidthPoints}, never taller than a
     * page's text), centred, with its caption below.
     */
    public void picture(byte[] png, int pixelWidth, int pixelHeight, String name, String caption) throws IOException {
        double scale = Math.min(MAX_PICTURE_WIDTH_POINTS / pixelWidth, MAX_PICTURE_HEIGHT_POINTS / pixelHeight);
        String relation;
        try {
            relation = document.addPictureData(png, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("Could not embed " + name + ": " + e.getMessage(), e);
        }
        long cx = org.apache.poi.util.Units.toEMU(pixelWidth * scale);
        long cy = org.apache.poi.util.Units.toEMU(pixelHeight * scale);
        int id = ++pictures;
        String extent = "cx=\"" + cx + "\" cy=\"" + cy + "\"";
        append("<w:p><w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>"
                + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent " + extent + "/>"
                + "<wp:docPr id=\"" + id + "\" name=\"Drawing " + id + "\" descr=\"");
        append(Html.escape(name));
        append("\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"" + id + "\" name=\"");
        append(Html.escape(name));
        append("\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + relation + "\"/>"
                + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                + "<a:ext " + extent + "/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
        paragraph("<w:jc w:val=\"center\"/>", "<w:i/><w:sz w:val=\"18\"/>", caption);
    }

    /**
     * Writes the package: POI writes its skeleton (content types, relations, styles, pictures) with
     * an empty body, and the body streamed so far takes the place of {@code word/document.xml}.
     */
    public void write(OutputStream out) throws IOException {
        body.flush();
        ByteArrayOutputStream skeleton = new ByteArrayOutputStream();
        document.write(skeleton);
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(DOCUMENT_PART)) {
                    zip.write(DOCUMENT_START.getBytes(StandardCharsets.UTF_8));
                    Files.copy(bodyFile, zip);
                    zip.write(DOCUMENT_END.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    private void append(String xml) {
        try {
            body.write(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            body.close();
            document.close();
        } finally {
            Files.deleteIfExists(bodyFile);
        }
    }
}
