package org.grounded.io.transcript;

import java.nio.file.Path;
import java.util.List;
import org.grounded.model.SpeakerTurn;

/**
 * A transcript read from a file, before it becomes a document.
 *
 * @param name     the document name (the file name without its extension)
 * @param format   what was read, such as "txt", "docx", "vtt"
 * @param encoding the character encoding used for a plain-text file ("UTF-8", "UTF-16LE",
 *                 "windows-1252"), "" for formats that carry their own
 * @param language ISO 639-1 code guessed from the text, "" when unsure
 * @param notes    things the user should know (fallback encoding used, timing lines dropped...)
 */
public record ImportedTranscript(Path source, String name, String text, List<SpeakerTurn> turns, String format,
                                 String encoding, String language, List<String> notes) {

    public ImportedTranscript {
        turns = List.copyOf(turns);
        notes = List.copyOf(notes);
    }

    public List<String> speakers() {
        return turns.stream().map(SpeakerTurn::speaker).distinct().toList();
    }
}
