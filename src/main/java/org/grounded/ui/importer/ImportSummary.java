package org.grounded.ui.importer;

import java.util.List;
import org.grounded.io.transcript.ImportedTranscript;
import org.grounded.io.transcript.SkippedFile;
import org.grounded.ui.common.Formats;
import org.grounded.model.Document;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * What the user reads after an import: how many transcripts came in, which files were skipped
 * and why, and what the importer noticed (encodings, dropped timing lines).
 */
public record ImportSummary(String title, String message, String details) {

    public static ImportSummary of(List<ImportedTranscript> imported, List<SkippedFile> skipped) {
        StringBuilder message = new StringBuilder();
        if (imported.isEmpty()) {
            message.append(lang("No transcript was imported."));
        } else {
            long words = imported.stream().mapToLong(transcript -> Document.wordCount(transcript.text())).sum();
            message.append(lang("Imported %0 (%1).", Formats.plural(imported.size(), lang("%0 transcript"), lang("%0 transcripts")),
                    Formats.plural(words, lang("%0 word"), lang("%0 words"))));
        }
        if (!skipped.isEmpty()) {
            message.append(' ').append(lang("Skipped %0.", Formats.plural(skipped.size(), lang("%0 file"), lang("%0 files"))));
        }
        StringBuilder details = new StringBuilder();
        for (SkippedFile file : skipped) {
            details.append(lang("Skipped %0: %1", file.file().getFileName(), file.reason())).append('\n');
        }
        for (ImportedTranscript transcript : imported) {
            StringBuilder line = new StringBuilder();
            line.append(transcript.source() == null ? transcript.name() : transcript.source().getFileName().toString());
            line.append(": ").append(transcript.format());
            if (!transcript.encoding().isEmpty()) {
                line.append(", ").append(transcript.encoding());
            }
            if (!transcript.language().isEmpty()) {
                line.append(", ").append(lang("language %0", transcript.language()));
            }
            line.append(", ").append(Formats.plural(transcript.speakers().size(), lang("%0 speaker"), lang("%0 speakers")));
            details.append(line).append('\n');
            for (String note : transcript.notes()) {
                details.append("    ").append(note).append('\n');
            }
        }
        String title = imported.isEmpty() ? lang("Nothing imported") : lang("Import finished");
        return new ImportSummary(title, message.toString(), details.toString().strip());
    }
}
