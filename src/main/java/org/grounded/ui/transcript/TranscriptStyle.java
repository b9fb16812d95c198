package org.grounded.ui.transcript;

/**
 * How a stretch of transcript text looks, independent of JavaFX so that it can be tested.
 *
 * @param speaker   the stretch is a speaker's name at the start of a turn (shown in bold)
 * @param highlight the colour (#RRGGBB) of the code of the innermost quotation covering the
 *                  stretch, "" when no quotation covers it
 * @param depth     how many quotations cover the stretch (overlaps are drawn a little stronger)
 */
public record TranscriptStyle(boolean speaker, String highlight, int depth) {

    public static final TranscriptStyle PLAIN = new TranscriptStyle(false, "", 0);

    public TranscriptStyle {
        highlight = highlight == null ? "" : highlight;
    }

    public boolean isHighlighted() {
        return !highlight.isEmpty();
    }

    /** The stretch as a RichTextFX inline style. */
    public String toCss() {
        StringBuilder css = new StringBuilder();
        if (speaker) {
            css.append("-fx-font-weight: bold;");
        }
        if (isHighlighted()) {
            String alpha = depth > 1 ? "66" : "3D";
            css.append("-rtfx-background-color: ").append(highlight).append(alpha).append(';');
        }
        return css.toString();
    }

    /** A run of text with one style; runs cover the whole text, in order. */
    public record Run(int length, TranscriptStyle style) {
    }
}
