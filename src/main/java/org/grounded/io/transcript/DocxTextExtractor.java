package org.grounded.io.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text of a Word document (.docx) with Apache POI: the paragraphs of the body in
 * order, one per line, with the paragraphs of table cells where the table stands (a transcript
 * laid out as a two-column table of speaker and words still reads in order).
 */
final class DocxTextExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(DocxTextExtractor.class);

    private DocxTextExtractor() {
    }

    static ExtractedText extract(Path file, ImportLimits limits) throws TranscriptImportException {
        String name = TranscriptFormat.fileName(file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            ParagraphText text = new ParagraphText(limits.maxTextChars());
            for (IBodyElement element : document.getBodyElements()) {
                add(element, text);
            }
            return ExtractedText.of(text.text());
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new TranscriptImportException(file, name + " is an old Word 97-2003 document (.doc) with a .docx name. "
                    + "Open it in Word or LibreOffice, save it as .docx and import it again.", e);
        } catch (ParagraphText.TextTooLongException e) {
            throw limits.textTooLong(file, e);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged package with many kinds of runtime exception (POIXMLException and others).
            LOG.debug("Cannot read {} as a Word document", file, e);
            throw new TranscriptImportException(file, name + " is damaged or is not a Word document (.docx).", e);
        }
    }

    private static void add(IBodyElement element, ParagraphText text) {
        if (element instanceof XWPFParagraph paragraph) {
            text.add(paragraph.getText());
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        add(inner, text);
                    }
                }
            }
        } else if (element instanceof XWPFSDT contentControl) {
            text.add(contentControl.getContent().getText());
        }
    }
}
