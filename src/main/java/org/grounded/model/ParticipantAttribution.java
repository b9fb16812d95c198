package org.grounded.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Says whose words a quotation is. A quotation inside the turns of a speaker mapped to a
 * participant belongs to that participant; inside the turns of an interviewer, to nobody; anywhere
 * else (unmapped speakers, a document without turns) to the participants linked to the whole
 * document. Built once per analysis from a project; the project must not change meanwhile.
 */
public final class ParticipantAttribution {

    private final Project project;
    private final Map<UUID, Set<UUID>> wholeDocumentParticipants = new HashMap<>();
    private final Map<SpeakerRef, Set<UUID>> speakerParticipants = new HashMap<>();

    private ParticipantAttribution(Project project) {
        this.project = project;
        for (Participant participant : project.participants()) {
            for (UUID documentId : participant.documentIds()) {
                wholeDocumentParticipants.computeIfAbsent(documentId, k -> new LinkedHashSet<>()).add(participant.id());
            }
            for (SpeakerRef speaker : participant.speakers()) {
                speakerParticipants.computeIfAbsent(speaker, k -> new LinkedHashSet<>()).add(participant.id());
            }
        }
    }

    public static ParticipantAttribution of(Project project) {
        return new ParticipantAttribution(project);
    }

    /** The participants whose words the quotation holds; empty for the interviewer's words. */
    public Set<UUID> participantsOf(Quotation quotation) {
        return participantsOf(quotation.documentId(), quotation.start(), quotation.end());
    }

    public Set<UUID> participantsOf(UUID documentId, int start, int end) {
        Document document = project.document(documentId).orElseThrow();
        Set<UUID> whole = wholeDocumentParticipants.getOrDefault(documentId, Set.of());
        if (document.turns().isEmpty()) {
            return Collections.unmodifiableSet(whole);
        }
        Set<UUID> result = new LinkedHashSet<>();
        boolean inAnyTurn = false;
        for (SpeakerTurn turn : document.turnsOverlapping(start, end)) {
            inAnyTurn = true;
            Set<UUID> mapped = speakerParticipants.get(new SpeakerRef(documentId, turn.speaker()));
            if (mapped != null) {
                result.addAll(mapped);
            } else if (!document.interviewers().contains(turn.speaker())) {
                result.addAll(whole);
            }
        }
        if (!inAnyTurn) {
            result.addAll(whole);
        }
        return Collections.unmodifiableSet(result);
    }

    /** The documents in which a participant speaks, wholly or through speaker turns. */
    public Set<UUID> documentsOf(UUID participantId) {
        Set<UUID> result = new LinkedHashSet<>();
        wholeDocumentParticipants.forEach((documentId, participants) -> {
            if (participants.contains(participantId)) {
                result.add(documentId);
            }
        });
        speakerParticipants.forEach((speaker, participants) -> {
            if (participants.contains(participantId)) {
                result.add(speaker.documentId());
            }
        });
        return result;
    }
}
