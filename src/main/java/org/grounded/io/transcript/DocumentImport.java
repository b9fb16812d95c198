package org.grounded.io.transcript;

import java.util.List;
import java.util.Map;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;

/**
 * Turns imported transcripts into one undoable edit: a document per transcript, the speaker
 * turns mapped to participants (created where they do not exist yet), interviewers marked.
 */
public final class DocumentImport {

    private DocumentImport() {
    }

    /**
     * The default mapping the import dialog starts from: speakers named like an interviewer
     * ("Interviewer", "Entrevistadora", "I", "Q", ...) are interviewers; every other speaker is a
     * participant of the same name.
     */
    public static List<SpeakerMapping> suggestedMappings(ImportedTranscript transcript) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * @param mappings per transcript (by its position in {@code transcripts}), the speaker mappings;
     *                 a transcript without speaker turns may map the pseudo-speaker "" to the
     *                 participant that owns the whole document
     */
    public static EntityEdit edit(Project project, List<ImportedTranscript> transcripts,
                                  Map<Integer, List<SpeakerMapping>> mappings) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
