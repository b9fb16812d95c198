package org.grounded.analysis.report;

/**
 * The text around a quotation, as a reader needs it to judge the quotation: whole lines before and
 * after (a transcript's line is a speaker turn or a paragraph), each side cut at a word when it is
 * longer than {@link #MAX_SIDE} characters, with "…" where it was cut.
 *
 * @param before the text from the start of the first line shown to the quotation's start
 * @param after  the text from the quotation's end to the end of the last line shown
 */
public record TextContext(String before, String after) {

    /** The most characters each side keeps. */
    public static final int MAX_SIDE = 400;
    static final String ELLIPSIS = "…";

    /**
     * The context of {@code [start, end)} in {@code text}: the quotation's own lines and
     * {@code lines} lines before and after them.
     */
    public static TextContext around(String text, int start, int end, int lines) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        int first = from;
        for (int seen = 0; first > 0; first--) {
            if (text.charAt(first - 1) == '\n' && seen++ == lines) {
                break;
            }
        }
        int last = to;
        for (int seen = 0; last < text.length(); last++) {
            if (text.charAt(last) == '\n' && seen++ == lines) {
                break;
            }
        }
        return new TextContext(tail(stripBreaks(text.substring(first, from), true)),
                head(stripBreaks(text.substring(to, last), false)));
    }

    private static String stripBreaks(String side, boolean leading) {
        return leading ? side.replaceFirst("^[\\r\\n]+", "") : side.replaceFirst("[\\r\\n]+$", "");
    }

    /** The last {@link #MAX_SIDE} characters, starting at a word. */
    private static String tail(String before) {
        if (before.length() <= MAX_SIDE) {
            return before;
        }
        int cut = safe(before, before.length() - MAX_SIDE);
        int space = before.indexOf(' ', cut);
        return ELLIPSIS + before.substring(space >= 0 && space < before.length() - 1 ? space + 1 : cut);
    }

    /** The first {@link #MAX_SIDE} characters, ending at a word. */
    private static String head(String after) {
        if (after.length() <= MAX_SIDE) {
            return after;
        }
        int cut = safe(after, MAX_SIDE);
        int space = after.lastIndexOf(' ', cut);
        return after.substring(0, space > 0 ? space : cut) + ELLIPSIS;
    }

    /** Never between the two halves of an emoji. */
    private static int safe(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index + 1 : index;
    }
}
