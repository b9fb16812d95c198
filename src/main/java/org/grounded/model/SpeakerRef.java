package org.grounded.model;

import java.util.Objects;
import java.util.UUID;

/** The turns of one speaker inside one document, for example "Ana" in a focus group. */
public record SpeakerRef(UUID documentId, String speaker) {

    public SpeakerRef {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(speaker, "speaker");
    }
}
