package org.grounded.export.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.w3c.dom.Document;

/** Reads written reports back for tests: DOCX with POI, HTML as XML. */
public final class ReportFiles {

    /** One paragraph of a Word file: its style ("Heading2", or null) and text; tables as "| a | b |" lines. */
    public record Paragraph(String style, String text) {
    }

    private ReportFiles() {
    }

    public static List<Paragraph> docx(byte[] bytes) throws IOException {
        return docx(new ByteArrayInputStream(bytes));
    }

    public static List<Paragraph> docx(InputStream in) throws IOException {
        List<Paragraph> paragraphs = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(in)) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraphs.add(new Paragraph(paragraph.getStyle(), paragraph.getText()));
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> paragraphs.add(new Paragraph("table",
                            "| " + String.join(" | ", row.getTableCells().stream().map(c -> c.getText()).toList()) + " |")));
                }
            }
        }
        return paragraphs;
    }

    /** Parses a page as XML (throws when it is not well-formed); no external entities are fetched. */
    public static Document xml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
