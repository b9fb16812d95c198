package org.grounded.ui.importer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.grounded.io.transcript.DocumentImport;
import org.grounded.io.transcript.ImportedTranscript;
import org.grounded.io.transcript.SpeakerMapping;
import org.grounded.io.transcript.TranscriptImportResult;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.model.EntityEdit;
import org.grounded.model.Progress;
import org.grounded.model.Project;

/** What the import flow needs from the transcript importer; tests substitute their own. */
public interface TranscriptImports {

    /** Reads the files (on a background thread). */
    TranscriptImportResult readAll(List<Path> files, Progress progress);

    List<SpeakerMapping> suggestedMappings(ImportedTranscript transcript);

    /** The import's edit; {@code importedAt} comes from the application's clock. */
    EntityEdit edit(Project project, List<ImportedTranscript> transcripts, Map<Integer, List<SpeakerMapping>> mappings,
                    Instant importedAt);

    /** The file types the chooser offers and drag-and-drop accepts. */
    List<String> EXTENSIONS = TranscriptImporter.EXTENSIONS;

    static TranscriptImports of(TranscriptImporter importer) {
        return new TranscriptImports() {
            @Override
            public TranscriptImportResult readAll(List<Path> files, Progress progress) {
                return importer.readAll(files, progress);
            }

            @Override
            public List<SpeakerMapping> suggestedMappings(ImportedTranscript transcript) {
                return DocumentImport.suggestedMappings(transcript);
            }

            @Override
            public EntityEdit edit(Project project, List<ImportedTranscript> transcripts,
                                   Map<Integer, List<SpeakerMapping>> mappings, Instant importedAt) {
                return DocumentImport.edit(project, transcripts, mappings, importedAt);
            }
        };
    }

    static boolean isTranscript(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(extension -> name.endsWith("." + extension));
    }
}
