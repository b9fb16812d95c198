package org.grounded.model;

import java.util.Objects;

/**
 * A stretch of a document spoken by one speaker, as found at import ({@code Name: text} lines,
 * or the voice tags of a WebVTT file). Offsets are Java string indices, end exclusive.
 */
public record SpeakerTurn(int start, int end, String speaker) {

    public SpeakerTurn {
        Objects.requireNonNull(speaker, "speaker");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid speaker turn [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(int rangeStart, int rangeEnd) {
        return start < rangeEnd && rangeStart < end;
    }
}
