package org.grounded.model.edits;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.model.SpeakerRef;

/**
 * Collects, during one import, what each participant gains: speakers inside documents and
 * whole documents. Participants are found by name whatever the case; an existing one is
 * updated, a missing one created once however many transcripts name it.
 */
final class ParticipantLinks {

    private final Map<String, Participant> existing = new LinkedHashMap<>();
    private final Map<String, Participant> linked = new LinkedHashMap<>();

    ParticipantLinks(Collection<Participant> participants) {
        participants.forEach(participant -> existing.putIfAbsent(key(participant.name()), participant));
    }

    void linkSpeaker(String participantName, SpeakerRef speaker) {
        Participant participant = current(participantName);
        Set<SpeakerRef> speakers = new LinkedHashSet<>(participant.speakers());
        speakers.add(speaker);
        linked.put(key(participantName), participant.withSpeakers(speakers));
    }

    void linkDocument(String participantName, UUID documentId) {
        Participant participant = current(participantName);
        Set<UUID> documents = new LinkedHashSet<>(participant.documentIds());
        documents.add(documentId);
        linked.put(key(participantName), participant.withDocuments(documents));
    }

    /** Adds the new participants and the updates of existing ones, after the documents they refer to. */
    void addChangesTo(EntityEdit.Builder edit) {
        linked.forEach((key, participant) -> {
            Participant before = existing.get(key);
            if (before == null) {
                edit.add(participant);
            } else {
                edit.update(before, participant);
            }
        });
    }

    private Participant current(String name) {
        String key = key(name);
        Participant participant = linked.get(key);
        if (participant == null) {
            participant = existing.get(key);
        }
        return participant != null ? participant : Participant.of(name);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
