package org.grounded.ui.transcript;

/** A range of a document's text, in Java string indices, end exclusive. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
