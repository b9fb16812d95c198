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
    /** Document id, then speaker label, to the participants mapped to it (looked up per turn without a key object). */
    private final Map<UUID, Map<String, Set<UUID>>> speakerParticipants = new HashMap<>();
    /** Built per document on first use; concurrent, since analyses may share one attribution across threads. */
    private final Map<UUID, DocumentSpeakers> speakers = new ConcurrentHashMap<>();

    private ParticipantAttribution(Project project) {
        this.project = project;
        for (Participant participant : project.participants()) {
            for (UUID documentId : participant.documentIds()) {
                wholeDocumentParticipants.computeIfAbsent(documentId, k -> new LinkedHashSet<>()).add(participant.id());
            }
            for (SpeakerRef speaker : participant.speakers()) {
                speakerParticipants.computeIfAbsent(speaker.documentId(), k -> new HashMap<>())
                        .computeIfAbsent(speaker.speaker(), k -> new LinkedHashSet<>()).add(participant.id());
            }
        }
        // Frozen once here, so that every turn of one speaker shares one set: a caller may resolve a set once.
        speakerParticipants.values().forEach(speakers ->
                speakers.replaceAll((speaker, participants) -> Collections.unmodifiableSet(participants)));
    }

    public static ParticipantAttribution of(Project project) {
        return new ParticipantAttribution(project);
    }

    /** The participants whose words the quotation holds; empty for the interviewer's words. */
    public Set<UUID> participantsOf(Quotation quotation) {
        return participantsOf(quotation.documentId(), quotation.start(), quotation.end());
    }

    public Set<UUID> participantsOf(UUID documentId, int start, int end) {
        return in(project.document(documentId).orElseThrow()).participantsOf(start, end);
    }

    /**
     * Whose words each passage of one document holds: for analyses that walk a document's quotations
     * and would otherwise look the document up again for each one.
     */
    public DocumentSpeakers in(Document document) {
        DocumentSpeakers indexed = speakers.get(document.id());
        // A document edited since (its turns or interviewers changed) is a new value: index it again.
        if (indexed == null || indexed.document != document) {
            indexed = index(document);
            speakers.put(document.id(), indexed);
        }
        return indexed;
    }

    /**
     * A document's turns with the participants each one's words belong to, resolved once, so that
     * asking for each of a study's 200,000 quotations is a binary search and, mostly, no new set.
     */
    private DocumentSpeakers index(Document document) {
        UUID documentId = document.id();
        Set<UUID> whole = Collections.unmodifiableSet(wholeDocumentParticipants.getOrDefault(documentId, Set.of()));
        List<SpeakerTurn> turns = document.turns();
        int[] starts = new int[turns.size()];
        int[] ends = new int[turns.size()];
        List<Set<UUID>> owners = new ArrayList<>(turns.size());
        Map<String, Set<UUID>> mappedSpeakers = speakerParticipants.getOrDefault(documentId, Map.of());
        for (int i = 0; i < turns.size(); i++) {
            SpeakerTurn turn = turns.get(i);
            starts[i] = turn.start();
            ends[i] = turn.end();
            Set<UUID> mapped = mappedSpeakers.get(turn.speaker());
            if (mapped != null) {
                owners.add(mapped);
            } else if (document.interviewers().contains(turn.speaker())) {
                owners.add(Set.of());
            } else {
                owners.add(whole);
            }
        }
        return new DocumentSpeakers(document, starts, ends, owners, whole);
    }

    /**
     * A document's turns (in text order, not overlapping) and whose words each holds. The sets it
     * returns are shared: every passage within the turns of one speaker gets the same set, and every
     * passage outside the turns the same one, so a caller may resolve each set once (by identity).
     */
    public static final class DocumentSpeakers {

        private final Document document;
        /** The turns' offsets, copied out of the turns so that a scan reads two arrays, not a record per turn. */
        private final int[] turnStarts;
        private final int[] turnEnds;
        private final List<Set<UUID>> owners;
        private final Set<UUID> whole;

        private DocumentSpeakers(Document document, int[] turnStarts, int[] turnEnds, List<Set<UUID>> owners,
                                 Set<UUID> whole) {
            this.document = document;
            this.turnStarts = turnStarts;
            this.turnEnds = turnEnds;
            this.owners = owners;
            this.whole = whole;
        }

        /** The participants whose words the range of this document holds; empty for the interviewer's words. */
        public Set<UUID> participantsOf(int start, int end) {
            return participantsFrom(document.firstTurnEndingAfter(start), start, end);
        }

        /**
         * A reader for passages taken in text order (by start), as an analysis walks a document's
         * quotations: it moves along the turns instead of searching them for each passage. For one
         * thread; a passage that starts before the last one is looked up by binary search.
         */
        public InTextOrder inTextOrder() {
            return new InTextOrder();
        }

        /** The owners of the turns from {@code first} on that share a character with the range, or {@link #whole}. */
        private Set<UUID> participantsFrom(int first, int start, int end) {
            // Every turn from the first one ending after start that begins before end.
            Set<UUID> only = null;
            Set<UUID> union = null;
            for (int i = first; i < turnStarts.length && turnStarts[i] < end; i++) {
                // Shares a character with the range (SpeakerTurn.overlaps).
                if (turnEnds[i] <= start) {
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

        /** See {@link #inTextOrder()}. */
        public final class InTextOrder {

            /** The first turn ending after {@link #lastStart}. */
            private int firstTurn;
            private int lastStart = -1;

            private InTextOrder() {
            }

            /** What {@link DocumentSpeakers#participantsOf} says, found faster for passages in text order. */
            public Set<UUID> participantsOf(int start, int end) {
                if (start < lastStart) {
                    firstTurn = document.firstTurnEndingAfter(start);
                } else {
                    while (firstTurn < turnEnds.length && turnEnds[firstTurn] <= start) {
                        firstTurn++;
                    }
                }
                lastStart = start;
                return participantsFrom(firstTurn, start, end);
            }
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
        speakerParticipants.forEach((documentId, speakers) -> {
            if (speakers.values().stream().anyMatch(participants -> participants.contains(participantId))) {
                result.add(documentId);
            }
        });
        return result;
    }
}
