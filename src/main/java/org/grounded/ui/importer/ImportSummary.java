package org.grounded.ui.importer;

import java.util.List;
import org.grounded.io.transcript.ImportedTranscript;
import org.grounded.io.transcript.SkippedFile;
import org.grounded.ui.common.Formats;
import org.grounded.model.Document;

/**
 * What the user reads after an import: how many transcripts came in, which files were skipped
 * and why, and what the importer noticed (encodings, dropped timing lines).
 */
public record ImportSummary(String title, String message, String details) {

    public static ImportSummary of(List<ImportedTranscript> imported, List<SkippedFile> skipped) {
        StringBuilder message = new StringBuilder();
        if (imported.isEmpty()) {
            message.append("No transcript was imported.");
        } else {
            long words = imported.stream().mapToLong(transcript -> Document.wordCount(transcript.text())).sum();
            message.append("Imported ").append(Formats.count(imported.size(), "transcript"))
                    .append(" (").append(Formats.count(words, "word")).append(").");
        }
        if (!skipped.isEmpty()) {
            message.append(" Skipped ").append(Formats.count(skipped.size(), "file")).append('.');
        }
        StringBuilder details = new StringBuilder();
        for (SkippedFile file : skipped) {
            details.append("Skipped ").append(file.file().getFileName()).append(": ").append(file.reason()).append('\n');
        }
        for (ImportedTranscript transcript : imported) {
            StringBuilder line = new StringBuilder();
            line.append(transcript.source() == null ? transcript.name() : transcript.source().getFileName().toString());
            line.append(": ").append(transcript.format());
            if (!transcript.encoding().isEmpty()) {
                line.append(", ").append(transcript.encoding());
            }
            if (!transcript.language().isEmpty()) {
                line.append(", language ").append(transcript.language());
            }
            line.append(", ").append(Formats.count(transcript.speakers().size(), "speaker"));
            details.append(line).append('\n');
            for (String note : transcript.notes()) {
                details.append("    ").append(note).append('\n');
            }
        }
        String title = imported.isEmpty() ? "Nothing imported" : "Import finished";
        return new ImportSummary(title, message.toString(), details.toString().strip());
    }
}
