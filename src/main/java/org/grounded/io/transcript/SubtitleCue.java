package org.grounded.io.transcript;

import java.util.Objects;

/**
 * The words of one subtitle cue (or of one voice inside a cue), without timing and markup.
 *
 * @param speaker the voice that speaks them, "" when the cue does not say
 */
record SubtitleCue(String speaker, String text) {

    SubtitleCue {
        Objects.requireNonNull(speaker);
        Objects.requireNonNull(text);
    }
}
