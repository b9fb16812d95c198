package org.grounded.ui.transcript;

import org.grounded.ui.common.CodeColours;

/**
 * How a stretch of transcript text looks, independent of JavaFX so that it can be tested.
 *
 * @param speaker   the stretch is a speaker's name at the start of a turn (shown in bold)
 * @param highlight the colour (#RRGGBB) of the code of the innermost quotation covering the
 *                  stretch, "" when no quotation covers it
 * @param depth     how many quotations cover the stretch (overlaps are drawn a little stronger)
 * @param find      the find bar's mark on the stretch: an outline, never a fill, so that it cannot be
 *                  taken for a code's tint and leaves the tint under it as it is
 */
public record TranscriptStyle(boolean speaker, String highlight, int depth, FindMark find) {

    public static final TranscriptStyle PLAIN = new TranscriptStyle(false, "", 0);

    /** How the find bar marks a stretch. */
    public enum FindMark {
        NONE,
        /** One of the matches. */
        MATCH,
        /** The match the bar is on ("3 of 17"). */
        CURRENT
    }

    public TranscriptStyle {
        highlight = highlight == null ? "" : highlight;
        find = find == null ? FindMark.NONE : find;
    }

    /** A stretch without a find mark. */
    public TranscriptStyle(boolean speaker, String highlight, int depth) {
        this(speaker, highlight, depth, FindMark.NONE);
    }

    /** The same look with the find bar's mark. */
    public TranscriptStyle withFind(FindMark mark) {
        return new TranscriptStyle(speaker, highlight, depth, mark);
    }

    public boolean isHighlighted() {
        return !highlight.isEmpty();
    }

    /** The stretch as a RichTextFX inline style, on the light theme. */
    public String toCss() {
        return toCss(false);
    }

    /**
     * The stretch as a RichTextFX inline style; on the dark theme a dark code's tint is drawn in a
     * lighter colour ({@link CodeColours#shown}) so that it shows on the dark page.
     */
    public String toCss(boolean dark) {
        StringBuilder css = new StringBuilder();
        if (speaker) {
            css.append("-fx-font-weight: bold;");
        }
        if (isHighlighted()) {
            String alpha = depth > 1 ? "66" : "3D";
            css.append("-rtfx-background-color: ").append(CodeColours.shown(highlight, dark)).append(alpha).append(';');
        }
        if (find == FindMark.MATCH) {
            css.append("-rtfx-border-stroke-color: #E07B00; -rtfx-border-stroke-width: 1.5;"); // NON-NLS: style
        } else if (find == FindMark.CURRENT) {
            css.append("-rtfx-border-stroke-color: #B83200; -rtfx-border-stroke-width: 3;"); // NON-NLS: style
        }
        return css.toString();
    }

    /** A run of text with one style; runs cover the whole text, in order. */
    public record Run(int length, TranscriptStyle style) {
    }
}
