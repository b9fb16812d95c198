package org.grounded.io.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a subtitle file (.vtt or .srt, line endings already normalised) into its blocks: runs
 * of lines separated by blank lines.
 */
final class SubtitleBlocks {

    private SubtitleBlocks() {
    }

    static List<List<String>> of(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    /** The index of the cue timing line ("00:00:01.000 --> 00:00:04.000"), -1 when there is none. */
    static int timingLine(List<String> block) {
        for (int i = 0; i < block.size(); i++) {
            if (block.get(i).contains("-->")) {
                return i;
            }
        }
        return -1;
    }
}
