package org.grounded.io.transcript;

/**
 * Builds lines from the {@code text:} elements of an OpenDocument body as a StAX reader meets
 * them. White space in the XML is collapsed to single spaces and trimmed at the ends of a
 * paragraph, as OpenDocument prescribes; the spaces, tabs and line breaks the author typed are
 * elements ({@code text:s c="3"}, {@code text:tab}, {@code text:line-break}) and are kept.
 * A paragraph inside another (a text box, a caption) becomes a line of its own.
 */
final class OdtParagraphs {

    private final ParagraphText text;
    private final StringBuilder line = new StringBuilder();
    private int depth;
    /** Collapsed XML white space not yet written: written only if more text follows in the paragraph. */
    private boolean spacePending;
    /** Whether the open paragraph has shown anything since its line was last flushed. */
    private boolean lineHasContent;

    OdtParagraphs(ParagraphText text) {
        this.text = text;
    }

    void start(String element, String count) {
        switch (element) {
            case "p", "h" -> {
                if (depth > 0 && lineHasContent) {
                    flush();
                }
                depth++;
            }
            case "s" -> typed(" ".repeat(spaces(count)));
            case "tab" -> typed("\t");
            case "line-break" -> typed("\n");
            default -> {
                // spans, links, bookmarks, lists and sections carry no text of their own
            }
        }
    }

    void end(String element) {
        if (("p".equals(element) || "h".equals(element)) && depth > 0) {
            depth--;
            if (lineHasContent || depth == 0) {
                flush();
            }
        }
    }

    void characters(String chars) {
        if (depth == 0) {
            return;
        }
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                spacePending = !line.isEmpty();
            } else {
                writePendingSpace();
                line.append(c);
                lineHasContent = true;
            }
        }
    }

    private void typed(String chars) {
        if (depth == 0) {
            return;
        }
        writePendingSpace();
        line.append(chars);
        lineHasContent = true;
    }

    private void writePendingSpace() {
        if (spacePending) {
            line.append(' ');
            spacePending = false;
        }
    }

    private void flush() {
        text.add(line.toString());
        line.setLength(0);
        spacePending = false;
        lineHasContent = false;
    }

    private static int spaces(String count) {
        if (count == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(Integer.parseInt(count.strip()), 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
