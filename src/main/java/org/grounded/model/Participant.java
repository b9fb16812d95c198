package org.grounded.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A person whose words are studied (a "case" in REFI-QDA). A participant owns whole documents
 * (a one-to-one interview) or the turns of a speaker inside a document (a focus group).
 * Group membership is held by {@link Group}s of kind {@link GroupKind#PARTICIPANT}.
 */
public record Participant(UUID id, String name, String description, Map<String, AttributeValue> attributes,
                          Set<UUID> documentIds, Set<SpeakerRef> speakers) implements Entity {

    public Participant {
        Objects.requireNonNull(id, "id");
        name = Names.require(name, "participant");
        description = Copies.text(description);
        attributes = Copies.orderedMap(attributes);
        documentIds = Copies.orderedSet(documentIds);
        speakers = Copies.orderedSet(speakers);
    }

    public static Participant of(String name) {
        return new Participant(UUID.randomUUID(), name, "", Map.of(), Set.of(), Set.of());
    }

    public Participant withName(String newName) {
        return new Participant(id, newName, description, attributes, documentIds, speakers);
    }

    public Participant withAttributes(Map<String, AttributeValue> newAttributes) {
        return new Participant(id, name, description, newAttributes, documentIds, speakers);
    }

    public Participant withDocuments(Set<UUID> newDocumentIds) {
        return new Participant(id, name, description, attributes, newDocumentIds, speakers);
    }

    public Participant withSpeakers(Set<SpeakerRef> newSpeakers) {
        return new Participant(id, name, description, attributes, documentIds, newSpeakers);
    }

    @Override
    public String label() {
        return name;
    }
}
