package org.grounded.io.refi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plain text of a REFI-QDA source as the exporter wrote it, and the same text as Grounded
 * stores it: {@code \n} line endings, NFC, no byte-order mark. Selections are counted in the
 * former and must land on the same words in the latter, so the text keeps a {@link PositionMap}
 * per way of counting.
 */
final class SourceText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String raw;
    private final String encoding;
    private final boolean alreadyNfc;
    private final Map<PositionCounting, PositionMap> maps = new EnumMap<>(PositionCounting.class);
    private String text;

    private SourceText(String raw, String encoding) {
        this.raw = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        this.encoding = encoding;
        this.alreadyNfc = Normalizer.isNormalized(this.raw, Normalizer.Form.NFC);
    }

    /** Text that arrived as a string (inline {@code PlainTextContent}, a docx's paragraphs). */
    static SourceText of(String raw) {
        return new SourceText(raw, "");
    }

    /**
     * Decodes a plain-text file: UTF-8 as the standard requires, with or without a byte-order
     * mark (which is not part of the text); UTF-16 when a byte-order mark says so; Windows-1252
     * when the bytes are not UTF-8, which the report then mentions.
     */
    static SourceText decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new SourceText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new SourceText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new SourceText(utf8, "");
        } catch (CharacterCodingException e) {
            return new SourceText(new String(bytes, WINDOWS_1252), "windows-1252");
        }
    }

    /** "" for UTF-8 (the standard), else the encoding that had to be used instead. */
    String fallbackEncoding() {
        return encoding;
    }

    /** The text as Grounded stores it. */
    String text() {
        if (text == null) {
            map(PositionCounting.CODE_POINTS);
        }
        return text;
    }

    /** True when the ways of counting disagree somewhere in this text (a CR LF or a character beyond U+FFFF). */
    boolean countingMatters() {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r' || Character.isHighSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a selection lands in Grounded's text, or empty when it lies outside the text or
     * covers nothing once line endings are normalised.
     */
    Optional<TextRange> range(PositionCounting counting, long start, long end) {
        PositionMap map = map(counting);
        if (start < 0 || end <= start || end > map.sourceLength()) {
            return Optional.empty();
        }
        int from = map.start((int) start);
        int to = map.end((int) end);
        return from < to ? Optional.of(new TextRange(from, to)) : Optional.empty();
    }

    /** Like {@link #range} but allowing an empty range, as a speaker turn with no words may be. */
    Optional<TextRange> span(PositionCounting counting, long start, long end) {
        PositionMap map = map(counting);
        if (start < 0 || end < start || end > map.sourceLength()) {
            return Optional.empty();
        }
        int from = map.start((int) start);
        int to = map.end((int) end);
        return from <= to ? Optional.of(new TextRange(from, to)) : Optional.empty();
    }

    /** The length of the text counted as the exporter counted it. */
    int sourceLength(PositionCounting counting) {
        return map(counting).sourceLength();
    }

    PositionMap map(PositionCounting counting) {
        PositionMap map = maps.get(counting);
        if (map == null) {
            map = build(counting);
            maps.put(counting, map);
        }
        return map;
    }

    private PositionMap build(PositionCounting counting) {
        StringBuilder out = new StringBuilder(raw.length());
        PositionMap.Builder map = new PositionMap.Builder();
        int source = 0;
        int i = 0;
        int length = raw.length();
        while (i < length) {
            char c = raw.charAt(i);
            if (c == '\r' || c == '\n') {
                boolean crlf = c == '\r' && i + 1 < length && raw.charAt(i + 1) == '\n';
                map.boundary(source, out.length());
                int width = crlf ? counting.crlfWidth() : 1;
                if (width == 2) {
                    // Between CR and LF: the end of the line's text, before its line break.
                    map.boundary(source + 1, out.length());
                }
                out.append('\n');
                source += width;
                i += crlf ? 2 : 1;
                continue;
            }
            int clusterStart = i;
            int codePoint = raw.codePointAt(i);
            int width = counting.width(codePoint);
            i += Character.charCount(codePoint);
            while (i < length) {
                int next = raw.codePointAt(i);
                if (!continuesCharacter(next)) {
                    break;
                }
                width += counting.width(next);
                i += Character.charCount(next);
            }
            map.boundary(source, out.length());
            if (width > 1) {
                map.wideCharacter(source, source + width);
            }
            String cluster = raw.substring(clusterStart, i);
            out.append(alreadyNfc ? cluster : Normalizer.normalize(cluster, Normalizer.Form.NFC));
            source += width;
        }
        map.boundary(source, out.length());
        if (text == null) {
            text = out.toString();
        }
        return map.build(source);
    }

    /**
     * Code points that belong to the character before them: combining marks (an accent typed
     * after its letter) and the vowel and final jamo of a Hangul syllable. NFC only composes
     * within such a run, so normalising run by run gives the same text as normalising the whole.
     */
    private static boolean continuesCharacter(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (codePoint >= 0x1160 && codePoint <= 0x11FF) || (codePoint >= 0xD7B0 && codePoint <= 0xD7FF);
    }

    /** A range in Grounded's text: Java string indices, end exclusive. */
    record TextRange(int start, int end) {
    }
}
