package org.grounded.io.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grounded.io.SizeLimits;

/** Checks, before reading, that a file is there, can be read, and is of a sensible size. */
final class SourceFileCheck {

    private SourceFileCheck() {
    }

    static void requireReadable(Path file, TranscriptFormat format, ImportLimits limits) throws TranscriptImportException {
        String name = TranscriptFormat.fileName(file);
        if (Files.isDirectory(file)) {
            throw new TranscriptImportException(file, name + " is a folder, not a file.");
        }
        if (!Files.exists(file)) {
            throw new TranscriptImportException(file, name + " was not found (was it moved or deleted?): " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new TranscriptImportException(file, name + " cannot be read: permission denied.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new TranscriptImportException(file, name + " cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new TranscriptImportException(file, name + " is empty.");
        }
        long limit = limits.maxFileBytes(format);
        if (size > limit) {
            throw new TranscriptImportException(file, name + " is too large to be a transcript ("
                    + SizeLimits.overLimit(size, limit) + " for ." + format.extension() + " files).");
        }
    }
}
