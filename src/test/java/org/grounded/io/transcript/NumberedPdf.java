package org.grounded.io.transcript;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a transcript the way MAXQDA and NVivo export one to PDF: every paragraph numbered in
 * the left margin, its lines as the page width broke them (given by the test, hyphens and all),
 * a header line and a page footer "1/5" on every page.
 */
final class NumberedPdf {

    private static final float LEADING = 16;
    private static final float TOP = 780;

    private NumberedPdf() {
    }

    /**
     * @param paragraphs each paragraph as the lines it is broken into on the page
     * @param linesPerPage how many lines a page holds, so that a short test gets several pages
     */
    static Path write(Path file, String header, List<List<String>> paragraphs, int linesPerPage) throws IOException {
        List<List<PlacedLine>> pages = new ArrayList<>();
        List<PlacedLine> page = new ArrayList<>();
        int number = 1;
        for (List<String> paragraph : paragraphs) {
            for (int i = 0; i < paragraph.size(); i++) {
                if (page.size() == linesPerPage) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
                page.add(new PlacedLine(i == 0 ? String.valueOf(number) : "", paragraph.get(i), i == paragraph.size() - 1));
            }
            number++;
        }
        pages.add(page);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    // MAXQDA writes the footer first: in content order it comes before the text.
                    show(content, font, 9, 290, 40, (p + 1) + "/" + pages.size());
                    show(content, font, 9, 60, 810, header);
                    float y = TOP;
                    for (PlacedLine line : pages.get(p)) {
                        if (!line.number().isEmpty()) {
                            show(content, font, 11, 50, y, line.number());
                        }
                        show(content, font, 11, 80, y, line.text());
                        y -= line.endsParagraph() ? LEADING * 2 : LEADING;
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private record PlacedLine(String number, String text, boolean endsParagraph) {
    }
}
