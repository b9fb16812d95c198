package org.grounded.io.transcript;

import java.nio.file.Path;
import java.util.List;
import org.grounded.model.Progress;

/**
 * Reads transcripts: .txt and .md (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252
 * fallback), .docx, .pdf, .odt, .vtt and .srt; finds speaker turns.
 */
public final class TranscriptImporter {

    /** Reads one file. */
    public ImportedTranscript read(Path file) throws TranscriptImportException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Reads every file; a file that fails is reported as skipped and the rest go on. */
    public TranscriptImportResult readAll(List<Path> files, Progress progress) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
