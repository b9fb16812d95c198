package org.grounded.ui.quotations;

/** A quotation's text on one line for lists, shortened without splitting a surrogate pair. */
public final class Excerpts {

    public static final int LENGTH = 140;

    private Excerpts() {
    }

    public static String of(String text, int start, int end) {
        return of(text, start, end, LENGTH);
    }

    public static String of(String text, int start, int end, int length) {
        int limit = Math.min(end, start + length);
        if (limit < end && limit > start && Character.isHighSurrogate(text.charAt(limit - 1))) {
            limit--;
        }
        String excerpt = text.substring(start, limit).replaceAll("\\s+", " ").strip();
        return limit < end ? excerpt + "…" : excerpt;
    }
}
