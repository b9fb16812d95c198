package org.grounded.analysis.report;

import java.util.Arrays;

/**
 * The paragraphs of a text as the transcript viewer shows them: every line feed starts a new
 * paragraph (a carriage return is shown as a space, so "\r\n" is one break). Numbers are 1-based.
 */
public final class Paragraphs {

    private final int[] starts;

    private Paragraphs(int[] starts) {
        this.starts = starts;
    }

    public static Paragraphs of(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int next = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[next++] = i + 1;
            }
        }
        return new Paragraphs(starts);
    }

    /** The 1-based number of the paragraph holding the character at {@code offset}. */
    public int numberAt(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    public int count() {
        return starts.length;
    }
}
