package org.grounded.io.transcript;

import java.util.List;

/**
 * The raw text of a file before line endings and Unicode form are normalised.
 *
 * @param encoding the character encoding a plain-text file was decoded with, "" for formats
 *                 that carry their own
 * @param notes    what the user should know about the reading so far
 */
record ExtractedText(String text, String encoding, List<String> notes) {

    ExtractedText {
        notes = List.copyOf(notes);
    }

    static ExtractedText of(String text) {
        return new ExtractedText(text, "", List.of());
    }
}
