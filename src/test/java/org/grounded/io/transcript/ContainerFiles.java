package org.grounded.io.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Writes .docx, .odt and .pdf files for the tests, with the libraries' own writers or by hand. */
final class ContainerFiles {

    private ContainerFiles() {
    }

    /** A Word document with one paragraph per entry; "" is an empty paragraph. */
    static Path docx(Path file, List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : paragraphs) {
                XWPFRun run = document.createParagraph().createRun();
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[i], i);
                }
            }
            document.write(out);
        }
        return file;
    }

    /** A Word document with a paragraph, a 2x2 table, and a paragraph after it. */
    static Path docxWithTable(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Before the table");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Interviewer:");
            table.getRow(0).getCell(1).setText("How old is she?");
            table.getRow(1).getCell(0).setText("Ana:");
            table.getRow(1).getCell(1).setText("Seven months.");
            document.createParagraph().createRun().setText("After the table");
            document.write(out);
        }
        return file;
    }

    /** An OpenDocument text whose content.xml body is {@code bodyXml} inside office:text. */
    static Path odt(Path file, String bodyXml) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text>" + bodyXml + "</office:text></office:body></office:document-content>";
        return odtWithContent(file, content);
    }

    static Path odtWithContent(Path file, String contentXml) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            // The mimetype comes first and uncompressed, as the OpenDocument package format asks.
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A one-page PDF in Helvetica (a standard 14 font), one text line per entry. */
    static Path pdf(Path file, List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, lines);
            document.save(file.toFile());
        }
        return file;
    }

    static Path pdfWithoutText(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(100, 100, 200, 300);
                content.fill();
            }
            document.save(file.toFile());
        }
        return file;
    }

    static Path pdfWithPassword(Path file, List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addTextPage(document, lines);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    private static void addTextPage(PDDocument document, List<String> lines) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.setLeading(16);
            content.newLineAtOffset(72, 720);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }
}
