package org.grounded.model;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/**
 * Widens a selection to whole words, sentences, paragraphs or speaker turns, so that a quotation
 * does not start or end in the middle of a word. The result always contains the selection
 * (except for white space trimmed at its edges) and never splits a surrogate pair.
 *
 * <p>Paragraphs end at every line break, not only at blank lines: imported transcripts put each
 * paragraph (and each speaker's {@code Name: text}) on a line of its own, and a blank line is then
 * just an empty paragraph. A caret (an empty selection) snaps to the unit around it, as a
 * double-click does. White space at the edges of the selection is ignored and white space at the
 * edges of the result trimmed; a selection of nothing but white space snaps to an empty span.
 */
public final class SelectionSnapping {

    private SelectionSnapping() {
    }

    /**
     * The selection {@code [start, end)} widened to whole units of the given mode.
     *
     * @throws IllegalArgumentException when the range is not inside the document's text
     */
    public static TextSpan snap(Document document, int start, int end, SnapMode mode) {
        String text = document.text();
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("The range [" + start + ", " + end
                    + ") is not inside document '" + document.name() + "'");
        }
        if (text.isEmpty()) {
            return new TextSpan(0, 0);
        }
        int from = TextRanges.splitsSurrogatePair(text, start) ? start - 1 : start;
        int to = TextRanges.splitsSurrogatePair(text, end) ? end + 1 : end;
        if (from < to) {
            // White space at the edges of a selection does not pull in the unit beside it.
            TextSpan words = trim(text, new TextSpan(from, to));
            if (words.isEmpty()) {
                return new TextSpan(from, from);
            }
            from = words.start();
            to = words.end();
        } else {
            to = from < text.length() ? text.offsetByCodePoints(from, 1) : from;
            from = to == from ? text.offsetByCodePoints(from, -1) : from;
        }
        TextSpan widened = switch (mode) {
            case WORD -> widen(BreakIterator.getWordInstance(locale(document)), text, from, to);
            case SENTENCE -> withinParagraphs(widen(BreakIterator.getSentenceInstance(locale(document)), text, from, to),
                    paragraphs(text, from, to));
            case PARAGRAPH -> paragraphs(text, from, to);
            case SPEAKER_TURN -> turns(document, from, to);
        };
        return trim(text, keepWhole(text, widened));
    }

    static Locale locale(Document document) {
        return document.language().isBlank() ? Locale.ROOT : Locale.forLanguageTag(document.language());
    }

    private static TextSpan widen(BreakIterator boundaries, String text, int from, int to) {
        boundaries.setText(text);
        int start = boundaries.isBoundary(from) ? from : boundaries.preceding(from);
        int end = boundaries.isBoundary(to) ? to : boundaries.following(to);
        return new TextSpan(Math.max(start, 0), end == BreakIterator.DONE ? text.length() : end);
    }

    /**
     * A sentence never runs past its paragraph: BreakIterator joins a line that ends without a full
     * stop (an emoji after a question, a speaker's label) to the next one.
     */
    private static TextSpan withinParagraphs(TextSpan sentence, TextSpan paragraphs) {
        return new TextSpan(Math.max(sentence.start(), paragraphs.start()), Math.min(sentence.end(), paragraphs.end()));
    }

    private static TextSpan paragraphs(String text, int from, int to) {
        int start = from;
        while (start > 0 && !isLineBreak(text.charAt(start - 1))) {
            start--;
        }
        int end = to;
        if (end > from && isLineBreak(text.charAt(end - 1))) {
            return new TextSpan(start, end);
        }
        while (end < text.length() && !isLineBreak(text.charAt(end))) {
            end++;
        }
        return new TextSpan(start, end);
    }

    private static TextSpan turns(Document document, int from, int to) {
        List<SpeakerTurn> overlapping = document.turnsOverlapping(from, to);
        if (overlapping.isEmpty()) {
            return paragraphs(document.text(), from, to);
        }
        int start = Math.min(from, overlapping.get(0).start());
        int end = Math.max(to, overlapping.get(overlapping.size() - 1).end());
        return new TextSpan(start, end);
    }

    /** Does not leave a combining accent, variation selector, skin tone or joined emoji outside. */
    private static TextSpan keepWhole(String text, TextSpan span) {
        int start = span.start();
        while (start > 0 && (extendsPrevious(text.codePointAt(start)) || isJoiner(text.codePointBefore(start)))) {
            start = text.offsetByCodePoints(start, -1);
        }
        int end = span.end();
        while (end < text.length() && end > start
                && (extendsPrevious(text.codePointAt(end)) || isJoiner(text.codePointBefore(end)))) {
            end = text.offsetByCodePoints(end, 1);
        }
        return new TextSpan(start, end);
    }

    private static boolean extendsPrevious(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF)
                || isJoiner(codePoint);
    }

    private static boolean isJoiner(int codePoint) {
        return codePoint == 0x200D;
    }

    private static TextSpan trim(String text, TextSpan span) {
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(text.codePointAt(start))) {
            start = text.offsetByCodePoints(start, 1);
        }
        while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
            end = text.offsetByCodePoints(end, -1);
        }
        return new TextSpan(start, end);
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
