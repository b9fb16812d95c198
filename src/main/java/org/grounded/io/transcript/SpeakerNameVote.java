package org.grounded.io.transcript;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which {@code Name:} labels name speakers. A label becomes a speaker when its name
 * recurs (two or more lines start with it), or when the file is mostly labelled (at least two
 * labelled lines making up at least half of the lines), where even a name that speaks once is a
 * speaker. So one "Note: ..." line in prose is not a speaker, while a short exchange of
 * "Interviewer:" and "Ana:" lines is. Names match whatever their case and keep the spelling
 * they are first seen with.
 *
 * <p>Lines are the units for plain text (blank lines do not count); subtitle cues are the units
 * for .vtt and .srt files.
 */
final class SpeakerNameVote {

    private static final int RECURRING = 2;

    private final Map<String, String> spellings = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int units;
    private int labelled;

    /** Counts one line or cue, with its label if it has one. */
    void count(Optional<SpeakerLabel> label) {
        units++;
        label.ifPresent(found -> {
            labelled++;
            String key = SpeakerLabel.key(found.name());
            spellings.putIfAbsent(key, found.name());
            counts.merge(key, 1, Integer::sum);
        });
    }

    /** The speaker a label names, in its first spelling, if the vote accepts it. */
    Optional<String> speaker(SpeakerLabel label) {
        String key = SpeakerLabel.key(label.name());
        Integer count = counts.get(key);
        if (count == null) {
            return Optional.empty();
        }
        return count >= RECURRING || mostlyLabelled() ? Optional.of(spellings.get(key)) : Optional.empty();
    }

    private boolean mostlyLabelled() {
        return labelled >= RECURRING && labelled * 2 >= units;
    }
}
