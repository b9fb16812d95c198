package org.grounded.io.transcript;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings text from any source to one form: line feeds only, and Unicode NFC (files written on
 * macOS may hold "é" as "e" plus a combining accent, which would not match a search for "é").
 * Everything else is kept exactly, including emoji and their joiner sequences.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The normalised text; {@code notes} gets a line for each kind of change made. */
    static String normalize(String text, List<String> notes) {
        String result = text;
        if (result.indexOf('\r') >= 0) {
            boolean crlf = result.contains("\r\n");
            result = result.replace("\r\n", "\n").replace('\r', '\n');
            notes.add(crlf ? "Windows line endings (CRLF) were converted to line feeds."
                    : "Old Mac line endings (CR) were converted to line feeds.");
        }
        if (!Normalizer.isNormalized(result, Normalizer.Form.NFC)) {
            result = Normalizer.normalize(result, Normalizer.Form.NFC);
            notes.add("Decomposed characters (such as an accent stored apart from its letter) were composed (Unicode NFC).");
        }
        return result;
    }

    static ExtractedText normalize(ExtractedText extracted) {
        List<String> notes = new ArrayList<>(extracted.notes());
        String text = normalize(extracted.text(), notes);
        return new ExtractedText(text, extracted.encoding(), notes);
    }
}
