package org.grounded.io.transcript;

import java.util.Objects;

/**
 * How the import dialog maps one speaker of one transcript.
 *
 * @param participantName for {@link SpeakerRole#PARTICIPANT}: the participant the turns belong to;
 *                        an existing participant of that name is reused, otherwise one is created
 */
public record SpeakerMapping(String speaker, SpeakerRole role, String participantName) {

    public SpeakerMapping {
        Objects.requireNonNull(speaker);
        Objects.requireNonNull(role);
        participantName = participantName == null ? "" : participantName.strip();
        if (role == SpeakerRole.PARTICIPANT && participantName.isEmpty()) {
            throw new IllegalArgumentException("Speaker '" + speaker + "' needs a participant name");
        }
    }
}
