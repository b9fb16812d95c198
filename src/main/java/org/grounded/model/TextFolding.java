package org.grounded.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The form in which typed text is compared with the study's text: lower case, without diacritics,
 * with single spaces, so "mama" finds "Mamá" and "ACOMPANAMIENTO" finds "acompañamiento". A folded
 * text may differ in length from its original, so offsets never come from it: {@link #of} keeps,
 * for every folded character, the range of the original it came from.
 *
 * <p>The search index folds with Lucene's analyzers, which work on words; the viewer's find bar
 * and the pickers match typed text anywhere, inside words too, on the text as shown, so they fold
 * here, one code point at a time: what {@link #fold} makes of a text is exactly {@link #text()}.
 */
public final class TextFolding {

    private final String folded;
    /** Per folded character, the original range it came from; whole code points, marks included. */
    private final int[] starts;
    private final int[] ends;

    private TextFolding(String folded, int[] starts, int[] ends) {
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    public static String fold(String text) {
        return of(text).folded;
    }

    /** Folds a text, keeping where each folded character came from. Linear in the text. */
    public static TextFolding of(String text) {
        int length = text.length();
        StringBuilder out = new StringBuilder(length);
        int[] starts = new int[length];
        int[] ends = new int[length];
        // Where the output of the last kept code point begins, so that dropped marks extend it.
        int lastPiece = -1;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < length && isSpace(text.charAt(end))) {
                    end++;
                }
                lastPiece = out.length();
                starts = room(starts, out.length() + 1);
                ends = room(ends, out.length() + 1);
                starts[out.length()] = i;
                ends[out.length()] = end;
                out.append(' ');
                i = end;
                continue;
            }
            if (c < 0x80) {
                // Plain ASCII, most of a transcript: nothing to decompose.
                lastPiece = out.length();
                starts = room(starts, out.length() + 1);
                ends = room(ends, out.length() + 1);
                starts[out.length()] = i;
                ends[out.length()] = i + 1;
                out.append(Character.toLowerCase(c));
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String piece = foldOne(text.substring(i, next));
            if (piece.isEmpty()) {
                // A combining mark (or a variation selector): it belongs to the character before it.
                for (int k = Math.max(lastPiece, 0); lastPiece >= 0 && k < out.length(); k++) {
                    ends[k] = next;
                }
            } else {
                lastPiece = out.length();
                starts = room(starts, out.length() + piece.length());
                ends = room(ends, out.length() + piece.length());
                for (int k = 0; k < piece.length(); k++) {
                    starts[out.length()] = i;
                    ends[out.length()] = next;
                    out.append(piece.charAt(k));
                }
            }
            i = next;
        }
        return new TextFolding(out.toString(), starts, ends);
    }

    /** The folded text. */
    public String text() {
        return folded;
    }

    /**
     * Every place where a typed text occurs, compared folded, as ranges of the original text: in
     * text order, not overlapping, never splitting a surrogate pair or a letter from its accents.
     * Empty when the typed text folds to nothing but spaces.
     */
    public List<TextSpan> find(String typed) {
        String wanted = fold(typed == null ? "" : typed);
        if (wanted.isBlank()) {
            return List.of();
        }
        List<TextSpan> found = new ArrayList<>();
        int from = folded.indexOf(wanted);
        while (from >= 0) {
            int last = from + wanted.length() - 1;
            found.add(new TextSpan(starts[from], ends[last]));
            from = folded.indexOf(wanted, from + wanted.length());
        }
        return found;
    }

    private static String foldOne(String codePoint) {
        String decomposed = Normalizer.normalize(codePoint, Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isMark(cp)).forEach(bare::appendCodePoint);
        return bare.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The white space a regular expression's {@code \s} means: runs of it compare as one space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int[] room(int[] array, int size) {
        return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }
}
