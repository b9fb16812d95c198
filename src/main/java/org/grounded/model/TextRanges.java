package org.grounded.model;

/**
 * Checks character ranges against a text. Offsets are Java string indices (UTF-16 code units),
 * like JavaFX text controls and Lucene use; a range must never cut an emoji or any other
 * character outside the Basic Multilingual Plane in half.
 */
public final class TextRanges {

    private TextRanges() {
    }

    /** Throws an {@link IllegalArgumentException} that says what is wrong with the range. */
    public static void requireValid(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("The range [" + start + ", " + end
                    + ") is not inside a text of " + text.length() + " characters");
        }
        if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
            throw new IllegalArgumentException("The range [" + start + ", " + end
                    + ") cuts a character (such as an emoji) in half");
        }
    }

    /** True when the boundary at {@code index} falls between the two halves of a surrogate pair. */
    public static boolean splitsSurrogatePair(String text, int index) {
        return index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }
}
