package org.grounded.io.transcript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of an RTF file (TextEdit, WordPad, Word and transcription services save them):
 * paragraphs ({@code \par}, {@code \line}), Unicode characters (the control word u and a number, with their fallback
 * skipped), code-page bytes ({@code \'e9}, in the file's {@code \ansicpg}) and the usual
 * punctuation words; font, colour and style tables, document information, pictures, headers,
 * footers and field instructions are not text and are left out. Swing's RTF reader would do,
 * but Swing does not belong in {@code io}, and it ignores Unicode characters.
 */
final class RtfTextExtractor {

    /** Groups whose content is not the document's text. */
    private static final Set<String> NOT_TEXT = Set.of(
            "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf", "footer",
            "footerl", "footerr", "footerf", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
            "themedata", "colorschememapping", "latentstyles", "datastore", "fldinst", "object", "filetbl", "revtbl",
            "pgdsctbl", "footnote", "annotation", "bkmkstart", "bkmkend", "shppict", "nonshppict", "field-instruction");

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("par", "\n"), Map.entry("line", "\n"), Map.entry("sect", "\n"), Map.entry("page", "\n"),
            Map.entry("row", "\n"), Map.entry("cell", "\t"), Map.entry("tab", "\t"), Map.entry("emdash", "\u2014"),
            Map.entry("endash", "\u2013"), Map.entry("lquote", "\u2018"), Map.entry("rquote", "\u2019"),
            Map.entry("ldblquote", "\u201C"), Map.entry("rdblquote", "\u201D"), Map.entry("bullet", "\u2022"),
            Map.entry("emspace", " "), Map.entry("enspace", " "), Map.entry("qmspace", " "));

    private RtfTextExtractor() {
    }

    static ExtractedText extract(Path file, ImportLimits limits) throws TranscriptImportException {
        String name = TranscriptFormat.fileName(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TranscriptImportException(file, name + " cannot be read: " + e.getMessage(), e);
        }
        // RTF is 7-bit: one char per byte, and 8-bit bytes kept as they are, to decode as the file's code page.
        String source = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!source.stripLeading().startsWith("{\\rtf")) {
            throw new TranscriptImportException(file, name + " is damaged or is not an RTF file (it does not start with {\\rtf).");
        }
        String text;
        try {
            text = new Reader(source).read();
        } catch (RuntimeException e) {
            throw new TranscriptImportException(file, name + " is damaged: its RTF could not be read.", e);
        }
        ParagraphText paragraphs = new ParagraphText(limits.maxTextChars());
        try {
            for (String paragraph : text.split("\n", -1)) {
                paragraphs.add(paragraph);
            }
        } catch (ParagraphText.TextTooLongException e) {
            throw limits.textTooLong(file, e);
        }
        return ExtractedText.of(paragraphs.text());
    }

    /** One pass over the RTF source. */
    private static final class Reader {

        private final String source;
        private final StringBuilder out = new StringBuilder();
        private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
        private final Deque<Group> groups = new ArrayDeque<>();
        private Charset codePage = Charset.forName("windows-1252");
        private Group group = new Group(false, 1);
        private int fallbackToSkip;
        private int pos;

        Reader(String source) {
            this.source = source;
        }

        String read() {
            while (pos < source.length()) {
                char c = source.charAt(pos++);
                switch (c) {
                    case '{' -> {
                        groups.push(group);
                        group = new Group(group.skip, group.unicodeFallback);
                        fallbackToSkip = 0;
                    }
                    case '}' -> {
                        flushBytes();
                        group = groups.isEmpty() ? group : groups.pop();
                    }
                    case '\\' -> controlSymbol();
                    case '\r', '\n' -> {
                        // Line breaks of the RTF source are not text.
                    }
                    default -> text(String.valueOf(c));
                }
            }
            flushBytes();
            return out.toString();
        }

        private void controlSymbol() {
            if (pos >= source.length()) {
                return;
            }
            char c = source.charAt(pos);
            if (Character.isLetter(c) && c < 128) {
                controlWord();
                return;
            }
            pos++;
            switch (c) {
                case '\'' -> {
                    int value = Integer.parseInt(source.substring(pos, Math.min(pos + 2, source.length())), 16);
                    pos += 2;
                    if (fallbackToSkip > 0) {
                        fallbackToSkip--;
                    } else if (!group.skip) {
                        pendingBytes.write(value);
                    }
                }
                case '*' -> group = new Group(true, group.unicodeFallback);
                case '~' -> text("\u00A0");
                case '_' -> text("\u2011");
                case '-' -> {
                    // An optional hyphen: not part of the word.
                }
                case '\n', '\r' -> text("\n");
                default -> text(String.valueOf(c)); // \\ \{ \}
            }
        }

        private void controlWord() {
            int start = pos;
            while (pos < source.length() && Character.isLetter(source.charAt(pos)) && source.charAt(pos) < 128) {
                pos++;
            }
            String word = source.substring(start, pos);
            int parameterStart = pos;
            if (pos < source.length() && (source.charAt(pos) == '-' || Character.isDigit(source.charAt(pos)))) {
                pos++;
                while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
                    pos++;
                }
            }
            String parameter = source.substring(parameterStart, pos);
            if (pos < source.length() && source.charAt(pos) == ' ') {
                pos++;
            }
            if (NOT_TEXT.contains(word)) {
                group = new Group(true, group.unicodeFallback);
            } else if (word.equals("ansicpg") && !parameter.isEmpty()) {
                codePage = codePage(parameter);
            } else if (word.equals("uc") && !parameter.isEmpty()) {
                group = new Group(group.skip, Integer.parseInt(parameter));
            } else if (word.equals("u") && !parameter.isEmpty()) {
                int value = Integer.parseInt(parameter);
                text(String.valueOf((char) (value < 0 ? value + 65536 : value)));
                fallbackToSkip = group.unicodeFallback;
            } else if (SYMBOLS.containsKey(word)) {
                text(SYMBOLS.get(word));
            }
        }

        private void text(String text) {
            if (fallbackToSkip > 0) {
                fallbackToSkip--;
                return;
            }
            if (group.skip) {
                return;
            }
            flushBytes();
            out.append(text);
        }

        private void flushBytes() {
            if (pendingBytes.size() > 0) {
                if (!group.skip) {
                    out.append(new String(pendingBytes.toByteArray(), codePage));
                }
                pendingBytes.reset();
            }
        }

        private static Charset codePage(String number) {
            try {
                return Charset.forName(number.equals("65001") ? "UTF-8" : "windows-" + number);
            } catch (RuntimeException e) {
                try {
                    return Charset.forName("x-windows-" + number);
                } catch (RuntimeException unknown) {
                    return Charset.forName("windows-1252");
                }
            }
        }
    }

    private record Group(boolean skip, int unicodeFallback) {
    }
}
