package org.grounded.io.transcript;

import java.util.List;

/** What a multi-file import read, and what it skipped. */
public record TranscriptImportResult(List<ImportedTranscript> imported, List<SkippedFile> skipped) {

    public TranscriptImportResult {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
    }
}
