package org.grounded.io.transcript;

import java.nio.file.Path;
import org.grounded.io.SizeLimits;

/**
 * How much the import reads before it calls a file unreasonable. Text formats are limited by
 * file size; containers (.docx, .odt, .pdf) may hold large pictures, so they get a larger file
 * limit and their extracted text the same limit as a text file.
 *
 * @param maxTextFileBytes      largest .txt, .md, .vtt or .srt file
 * @param maxContainerFileBytes largest .docx, .odt or .pdf file
 * @param maxTextChars          longest text extracted from any file
 */
record ImportLimits(long maxTextFileBytes, long maxContainerFileBytes, long maxTextChars) {

    static final ImportLimits DEFAULT = new ImportLimits(SizeLimits.TRANSCRIPT_TEXT_FILE_BYTES,
            SizeLimits.TRANSCRIPT_CONTAINER_FILE_BYTES, SizeLimits.TRANSCRIPT_TEXT_CHARS);

    ImportLimits {
        if (maxTextFileBytes <= 0 || maxContainerFileBytes <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("Import limits must be positive");
        }
    }

    long maxFileBytes(TranscriptFormat format) {
        return format.family() == TranscriptFormat.Family.CONTAINER ? maxContainerFileBytes : maxTextFileBytes;
    }

    /** The message for a file whose text, of a known length, is longer than {@link #maxTextChars()}. */
    TranscriptImportException textTooLong(Path file, long length) {
        return new TranscriptImportException(file, TranscriptFormat.fileName(file)
                + " holds more text than a transcript import accepts (" + String.format(java.util.Locale.ROOT, "%,d", length)
                + " characters, " + String.format(java.util.Locale.ROOT, "%,d", length - maxTextChars) + " over the limit of "
                + String.format(java.util.Locale.ROOT, "%,d", maxTextChars) + ").", null);
    }

    /** The message for a file whose text is longer than {@link #maxTextChars()}, found while extracting it. */
    TranscriptImportException textTooLong(Path file, Throwable cause) {
        return new TranscriptImportException(file, TranscriptFormat.fileName(file)
                + " holds more text than a transcript import accepts (more than "
                + String.format(java.util.Locale.ROOT, "%,d", maxTextChars) + " characters).", cause);
    }

}
