package org.grounded.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Built per document on first use; concurrent, since analyses may share one attribution across threads. */
    private final Map<UUID, DocumentSpeakers> speakers = new ConcurrentHashMap<>();

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
        DocumentSpeakers indexed = speakers.get(documentId);
        // A document edited since (its turns or interviewers changed) is a new value: index it again.
        if (indexed == null || indexed.document() != document) {
            indexed = index(document);
            speakers.put(documentId, indexed);
        }
        return indexed.participantsOf(start, end);
    }

    /**
     * A document's turns with the participants each one's words belong to, resolved once, so that
     * asking for each of a study's 200,000 quotations is a binary search and, mostly, no new set.
     */
    private DocumentSpeakers index(Document document) {
        UUID documentId = document.id();
        Set<UUID> whole = Collections.unmodifiableSet(wholeDocumentParticipants.getOrDefault(documentId, Set.of()));
        List<SpeakerTurn> turns = document.turns();
        List<Set<UUID>> owners = new ArrayList<>(turns.size());
        for (SpeakerTurn turn : turns) {
            Set<UUID> mapped = speakerParticipants.get(new SpeakerRef(documentId, turn.speaker()));
            if (mapped != null) {
                owners.add(Collections.unmodifiableSet(new LinkedHashSet<>(mapped)));
            } else if (document.interviewers().contains(turn.speaker())) {
                owners.add(Set.of());
            } else {
                owners.add(whole);
            }
        }
        return new DocumentSpeakers(document, turns, owners, whole);
    }

    /** A document's turns (in text order, not overlapping) and whose words each holds. */
    private record DocumentSpeakers(Document document, List<SpeakerTurn> turns, List<Set<UUID>> owners, Set<UUID> whole) {

        Set<UUID> participantsOf(int start, int end) {
            // The first turn ending after start, then every turn that begins before end.
            Set<UUID> only = null;
            Set<UUID> union = null;
            for (int i = document.firstTurnEndingAfter(start); i < turns.size() && turns.get(i).start() < end; i++) {
                if (!turns.get(i).overlaps(start, end)) {
                    continue;
                }
                if (only == null) {
                    only = owners.get(i);
                } else {
                    if (union == null) {
                        union = new LinkedHashSet<>(only);
                    }
                    union.addAll(owners.get(i));
                }
            }
            if (only == null) {
                return whole;
            }
            return union == null ? only : Collections.unmodifiableSet(union);
        }
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
