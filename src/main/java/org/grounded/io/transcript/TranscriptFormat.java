package org.grounded.io.transcript;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of file the transcript import reads, known by their extension. */
enum TranscriptFormat {
    TXT("txt", Family.PLAIN_TEXT),
    MD("md", Family.PLAIN_TEXT),
    DOCX("docx", Family.CONTAINER),
    ODT("odt", Family.CONTAINER),
    PDF("pdf", Family.CONTAINER),
    RTF("rtf", Family.CONTAINER),
    VTT("vtt", Family.SUBTITLES),
    SRT("srt", Family.SUBTITLES);

    /** How a format is read: decoded bytes, a document container, or subtitle cues. */
    enum Family {
        PLAIN_TEXT, CONTAINER, SUBTITLES
    }

    private final String extension;
    private final Family family;

    TranscriptFormat(String extension, Family family) {
        this.extension = extension;
        this.family = family;
    }

    String extension() {
        return extension;
    }

    Family family() {
        return family;
    }

    static Optional<TranscriptFormat> of(Path file) {
        String extension = extensionOf(file);
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }

    /** The lower-case extension without its dot, "" when the name has none. */
    static String extensionOf(Path file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name without its extension; the whole name when that would leave nothing. */
    static String baseName(Path file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        return base.isBlank() ? name : base.strip();
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static List<String> extensions() {
        return Arrays.stream(values()).map(TranscriptFormat::extension).toList();
    }

    /** ".txt, .md, .docx, ..." for messages. */
    static String supportedList() {
        return Arrays.stream(values()).map(format -> "." + format.extension).collect(Collectors.joining(", "));
    }
}
