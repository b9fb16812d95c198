package org.grounded.io.transcript;

/**
 * Joins the paragraphs of a word-processor document into text, one paragraph per line. Empty
 * paragraphs (how many people space paragraphs in Word) become one blank line however many
 * follow each other, and none lead or trail the text.
 */
final class ParagraphText {

    private final StringBuilder text = new StringBuilder();
    private final long maxChars;
    private boolean blankPending;

    ParagraphText(long maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * @throws TextTooLongException when the text grows past the limit, so a huge document stops
     *                              being read early instead of filling the memory
     */
    void add(String paragraph) {
        if (paragraph.isBlank()) {
            blankPending = !text.isEmpty();
            return;
        }
        if (!text.isEmpty()) {
            text.append(blankPending ? "\n\n" : "\n");
        }
        blankPending = false;
        text.append(stripTrailingLineBreaks(paragraph));
        if (text.length() > maxChars) {
            throw new TextTooLongException();
        }
    }

    private static String stripTrailingLineBreaks(String paragraph) {
        int end = paragraph.length();
        while (end > 0 && (paragraph.charAt(end - 1) == '\n' || paragraph.charAt(end - 1) == '\r')) {
            end--;
        }
        return paragraph.substring(0, end);
    }

    String text() {
        return text.toString();
    }

    /** The document's text is longer than the import accepts. */
    static final class TextTooLongException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TextTooLongException() {
            super("text too long");
        }
    }
}
