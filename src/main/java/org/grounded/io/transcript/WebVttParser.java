package org.grounded.io.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cues of a WebVTT file: the header, NOTE, STYLE and REGION blocks, cue identifiers
 * and timing lines are dropped; what remains is who said what, in order.
 */
final class WebVttParser {

    private WebVttParser() {
    }

    static List<SubtitleCue> parse(String text, List<String> notes) {
        List<List<String>> blocks = SubtitleBlocks.of(text);
        if (blocks.isEmpty() || !blocks.get(0).get(0).strip().startsWith("WEBVTT")) {
            notes.add("The file does not start with a WEBVTT header; it was read as WebVTT anyway.");
        }
        List<SubtitleCue> cues = new ArrayList<>();
        List<String> lastPayload = null;
        int dropped = 0;
        for (List<String> block : blocks) {
            String first = block.get(0).strip();
            if (isMetadataBlock(first)) {
                dropped++;
                continue;
            }
            int timing = SubtitleBlocks.timingLine(block);
            if (timing >= 0) {
                lastPayload = new ArrayList<>(block.subList(timing + 1, block.size()));
                cues.addAll(CueMarkup.webVttVoices(lastPayload));
            } else if (lastPayload != null) {
                // Text after a blank line inside a cue: not valid WebVTT, but it is someone's words.
                cues.addAll(CueMarkup.webVttVoices(block));
            }
        }
        if (dropped > 0) {
            notes.add(dropped + " NOTE, STYLE or REGION block(s) were left out.");
        }
        return cues;
    }

    private static boolean isMetadataBlock(String firstLine) {
        for (String keyword : List.of("NOTE", "STYLE", "REGION")) {
            if (firstLine.equals(keyword) || firstLine.startsWith(keyword + " ") || firstLine.startsWith(keyword + "\t")) {
                return true;
            }
        }
        return false;
    }
}
