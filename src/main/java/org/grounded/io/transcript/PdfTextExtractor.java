package org.grounded.io.transcript;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text layer of a PDF with PDFBox. A scanned PDF has pictures of pages and no text
 * layer: it needs text recognition (OCR) first, and the message says so.
 */
final class PdfTextExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(PdfTextExtractor.class);

    private PdfTextExtractor() {
    }

    static ExtractedText extract(Path file, ImportLimits limits) throws TranscriptImportException {
        String name = TranscriptFormat.fileName(file);
        String text;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            text = stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new TranscriptImportException(file, name + " is protected by a password. "
                    + "Save a copy without the password and import that.", e);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot read {} as a PDF", file, e);
            throw new TranscriptImportException(file, name + " is damaged or is not a PDF.", e);
        }
        if (text.isBlank()) {
            throw new TranscriptImportException(file, name + " has no text layer (scanned?). "
                    + "Run text recognition (OCR) on it first, or import the transcript in another format.");
        }
        if (text.length() > limits.maxTextChars()) {
            throw limits.textTooLong(file, text.length());
        }
        return ExtractedText.of(text);
    }
}
