package org.grounded.io.refi;

import java.util.Arrays;

/**
 * Converts Java string indices of one text to Unicode code point positions, as REFI-QDA counts
 * them, without rescanning the text for every selection: only the places of surrogate pairs
 * (emoji and other characters beyond U+FFFF) are kept.
 */
final class CodePointIndex {

    private final int[] pairStarts;

    CodePointIndex(String text) {
        int[] starts = new int[16];
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
                i++;
            }
        }
        pairStarts = Arrays.copyOf(starts, count);
    }

    /** The code point position of a string index (which never splits a pair, as the model guarantees). */
    long codePoints(int index) {
        int pairsBefore = Arrays.binarySearch(pairStarts, index);
        // A pair starting exactly at the index is not before it.
        pairsBefore = pairsBefore >= 0 ? pairsBefore : -pairsBefore - 1;
        return index - pairsBefore;
    }
}
