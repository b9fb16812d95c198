package org.grounded.io.transcript;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text layer of a PDF with PDFBox, page by page in reading order with single spaces
 * between words, and leaves out page numbers, headers, footers and paragraph numbers
 * ({@link PdfPageText}). A scanned PDF has pictures of pages and no text
 * layer: it needs text recognition (OCR) first, and the message says so.
 */
final class PdfTextExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(PdfTextExtractor.class);

    private PdfTextExtractor() {
    }

    static ExtractedText extract(Path file, ImportLimits limits) throws TranscriptImportException {
        String name = TranscriptFormat.fileName(file);
        List<String> pages = new ArrayList<>();
        long length = 0;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setWordSeparator(" ");
            // Content order is the writer's: MAXQDA writes the footer first. Reading order is by position.
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                length += text.length();
                // Stops a huge PDF early; page furniture is left out later, so the exact limit is checked on the cleaned text.
                if (length > 2 * limits.maxTextChars()) {
                    throw limits.textTooLong(file, (Throwable) null);
                }
                pages.add(text);
            }
        } catch (InvalidPasswordException e) {
            throw new TranscriptImportException(file, name + " is protected by a password. "
                    + "Save a copy without the password and import that.", e);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot read {} as a PDF", file, e);
            throw new TranscriptImportException(file, name + " is damaged or is not a PDF.", e);
        }
        PdfPageText.Cleaned cleaned = PdfPageText.clean(pages);
        String text = cleaned.text();
        if (text.isBlank()) {
            throw new TranscriptImportException(file, name + " has no text layer (scanned?). "
                    + "Run text recognition (OCR) on it first, or import the transcript in another format.");
        }
        if (text.length() > limits.maxTextChars()) {
            throw limits.textTooLong(file, text.length());
        }
        return new ExtractedText(text, "", cleaned.note().isEmpty() ? List.of() : List.of(cleaned.note()));
    }
}
