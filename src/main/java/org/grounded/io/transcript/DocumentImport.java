package org.grounded.io.transcript;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.edits.ImportEdits;

/**
 * Turns imported transcripts into one undoable edit: a document per transcript, the speaker
 * turns mapped to participants (created where they do not exist yet), interviewers marked.
 */
public final class DocumentImport {

    /** The pseudo-speaker that stands for a whole document without speaker turns. */
    private static final String WHOLE_DOCUMENT = "";

    private DocumentImport() {
    }

    /**
     * The default mapping the import dialog starts from: the speakers {@link #interviewerProposals
     * proposed as interviewers} are interviewers; every other speaker is a participant of the
     * same name. A transcript without speaker turns gets no mapping: whom the whole document
     * belongs to is the user's call.
     */
    public static List<SpeakerMapping> suggestedMappings(ImportedTranscript transcript) {
        Set<String> interviewers = new HashSet<>();
        interviewerProposals(transcript).forEach(proposal -> interviewers.add(proposal.speaker()));
        return transcript.speakers().stream()
                .map(speaker -> interviewers.contains(speaker)
                        ? new SpeakerMapping(speaker, SpeakerRole.INTERVIEWER, "")
                        : new SpeakerMapping(speaker, SpeakerRole.PARTICIPANT, speaker))
                .toList();
    }

    /**
     * Who the import proposes as interviewer and why: speakers named like an interviewer
     * ("Interviewer", "Entrevistadora", "I", "Q", ...); in a two-speaker interview with a speaker
     * named like a participant ("Participant", "P1", "admin-1"), the other one; otherwise the
     * speaker who asks most of the questions in shorter turns.
     */
    public static List<InterviewerProposal> interviewerProposals(ImportedTranscript transcript) {
        return InterviewerProposal.of(transcript);
    }

    /**
     * @param mappings per transcript (by its position in {@code transcripts}), the speaker mappings;
     *                 a transcript without speaker turns may map the pseudo-speaker "" to the
     *                 participant that owns the whole document. A transcript with no entry gets
     *                 its document and nothing else: its speakers stay unassigned.
     * @throws IllegalArgumentException when there is nothing to import, or a mapping names a
     *                                  speaker the transcript does not have or maps it twice
     */
    public static EntityEdit edit(Project project, List<ImportedTranscript> transcripts,
                                  Map<Integer, List<SpeakerMapping>> mappings) {
        return edit(project, transcripts, mappings, Instant.now());
    }

    /** The same, with the documents' import time from the application's clock. */
    public static EntityEdit edit(Project project, List<ImportedTranscript> transcripts,
                           Map<Integer, List<SpeakerMapping>> mappings, Instant importedAt) {
        if (transcripts.isEmpty()) {
            throw new IllegalArgumentException("There are no transcripts to import");
        }
        for (Integer index : mappings.keySet()) {
            if (index == null || index < 0 || index >= transcripts.size()) {
                throw new IllegalArgumentException("Speaker mappings for transcript " + index + ", but there are only "
                        + transcripts.size() + " transcripts");
            }
        }
        UniqueDocumentNames names = new UniqueDocumentNames(project.documents().stream().map(Document::name).toList());
        List<ImportEdits.ImportedDocument> documents = new ArrayList<>();
        for (int i = 0; i < transcripts.size(); i++) {
            ImportedTranscript transcript = transcripts.get(i);
            List<SpeakerMapping> mapping = mappings.getOrDefault(i, List.of());
            requireKnownSpeakers(transcript, mapping);
            Set<String> interviewers = new LinkedHashSet<>();
            mapping.stream().filter(m -> m.role() == SpeakerRole.INTERVIEWER && !m.speaker().isEmpty())
                    .forEach(m -> interviewers.add(m.speaker()));
            Document document = new Document(UUID.randomUUID(), names.claim(transcript.name()), transcript.text(),
                    sourceFileName(transcript.source()), importedAt, transcript.language(), Map.of(), transcript.turns(),
                    interviewers);
            List<ImportEdits.ParticipantLink> links = mapping.stream().filter(m -> m.role() == SpeakerRole.PARTICIPANT)
                    .map(m -> m.speaker().equals(WHOLE_DOCUMENT) ? ImportEdits.ParticipantLink.wholeDocument(m.participantName())
                            : ImportEdits.ParticipantLink.speaker(m.speaker(), m.participantName()))
                    .toList();
            documents.add(new ImportEdits.ImportedDocument(document, links));
        }
        return ImportEdits.transcripts(project, documents);
    }

    private static void requireKnownSpeakers(ImportedTranscript transcript, List<SpeakerMapping> mapping) {
        Set<String> known = new HashSet<>(transcript.speakers());
        Set<String> seen = new HashSet<>();
        for (SpeakerMapping m : mapping) {
            if (!m.speaker().equals(WHOLE_DOCUMENT) && !known.contains(m.speaker())) {
                throw new IllegalArgumentException("Transcript '" + transcript.name() + "' has no speaker '" + m.speaker() + "'");
            }
            if (!seen.add(m.speaker())) {
                throw new IllegalArgumentException("Speaker '" + m.speaker() + "' of transcript '" + transcript.name()
                        + "' is mapped twice");
            }
        }
    }

    private static String sourceFileName(Path source) {
        return source == null ? "" : TranscriptFormat.fileName(source);
    }
}
