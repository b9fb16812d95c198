package org.grounded.io.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cues of a SubRip (.srt) file: cue numbers and timing lines
 * ({@code 00:00:01,000 --> 00:00:04,000}) are dropped, formatting tags too.
 */
final class SubRipParser {

    private SubRipParser() {
    }

    static List<SubtitleCue> parse(String text, List<String> notes) {
        List<SubtitleCue> cues = new ArrayList<>();
        boolean seenCue = false;
        int skipped = 0;
        for (List<String> block : SubtitleBlocks.of(text)) {
            int timing = SubtitleBlocks.timingLine(block);
            if (timing >= 0) {
                seenCue = true;
                cues.addAll(CueMarkup.subRipVoices(block.subList(timing + 1, block.size())));
            } else if (seenCue) {
                // A blank line inside a subtitle's text: keep the words with the cue before.
                cues.addAll(CueMarkup.subRipVoices(block));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            notes.add(skipped + " block(s) before the first timed subtitle were left out.");
        }
        return cues;
    }
}
