package org.grounded.model;

/** The units a selection can be widened to before it is coded. */
public enum SnapMode {
    /** Whole words, as java.text.BreakIterator finds them for the document's language. */
    WORD,
    /** Whole sentences, as java.text.BreakIterator finds them for the document's language. */
    SENTENCE,
    /** Whole paragraphs: every line break (a single newline) ends a paragraph. */
    PARAGRAPH,
    /** Whole speaker turns, label included; paragraphs where the text has no turn. */
    SPEAKER_TURN
}
