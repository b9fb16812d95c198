package org.grounded.io.transcript;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes the bytes of a plain-text file: a byte order mark decides between UTF-8, UTF-16LE and
 * UTF-16BE; without one, zero bytes on every other position say UTF-16 too; otherwise the bytes
 * are decoded as strict UTF-8, and bytes that are not valid UTF-8 are read as Windows-1252, the
 * encoding of legacy Windows files in Western European languages (named ISO-8859-1 when none of
 * the bytes where the two differ occurs). The byte order mark is not part of the text.
 */
final class TextDecoder {

    static final String UTF_8 = "UTF-8";
    static final String UTF_16LE = "UTF-16LE";
    static final String UTF_16BE = "UTF-16BE";
    static final String WINDOWS_1252 = "windows-1252";
    static final String ISO_8859_1 = "ISO-8859-1";

    /** In UTF-16 text of a Latin script, about every other byte is zero; in anything else, few are. */
    private static final double UTF16_ZERO_SHARE = 0.3;

    /**
     * Windows-1252 as one character per byte value. Java's decoder reports the five bytes that
     * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D); like the WHATWG encoding
     * standard they become the C1 control of the same value here, so no byte is lost.
     */
    private static final String WINDOWS_1252_TABLE = windows1252Table();

    private TextDecoder() {
    }

    /**
     * @throws BinaryContentException when the bytes look like a binary file rather than text
     */
    static ExtractedText decode(byte[] bytes) throws BinaryContentException {
        List<String> notes = new ArrayList<>();
        Optional<String> utf16 = utf16ByteOrder(bytes);
        if (utf16.isPresent()) {
            String text = decodeUtf16(bytes, utf16.get(), notes);
            if (BinaryContentCheck.looksBinary(text)) {
                throw new BinaryContentException();
            }
            return new ExtractedText(text, utf16.get(), notes);
        }
        Optional<String> unmarked = unmarkedUtf16(bytes);
        if (unmarked.isPresent()) {
            Charset charset = UTF_16LE.equals(unmarked.get()) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            Optional<String> text = decodeStrictly(bytes, 0, charset);
            if (text.isPresent() && !BinaryContentCheck.looksBinary(text.get())) {
                notes.add("The file has no byte order mark; its bytes are " + unmarked.get() + ", and it was read so.");
                return new ExtractedText(text.get(), unmarked.get(), notes);
            }
        }
        int offset = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
        if (BinaryContentCheck.looksBinary(bytes, offset)) {
            throw new BinaryContentException();
        }
        Optional<String> utf8 = decodeStrictly(bytes, offset, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new ExtractedText(utf8.get(), UTF_8, notes);
        }
        // Without the bytes 0x80-0x9F, Windows-1252 and ISO-8859-1 read the same: the file is named by the stricter one.
        String encoding = hasWindowsOnlyBytes(bytes, offset) ? WINDOWS_1252 : ISO_8859_1;
        String name = encoding.equals(WINDOWS_1252) ? "Windows-1252 (Western European)" : "ISO-8859-1 (Latin-1, Western European)";
        notes.add(offset > 0
                ? "The file is marked as UTF-8 but is not valid UTF-8; it was read as " + name + ". "
                        + "Check accented letters and quotes."
                : "The file is not UTF-8; it was read as " + name + ". "
                        + "Check accented letters and quotes.");
        return new ExtractedText(decodeWindows1252(bytes, offset), encoding, notes);
    }

    private static boolean hasWindowsOnlyBytes(byte[] bytes, int offset) {
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80 && b <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /**
     * UTF-16 without a byte order mark, as some Windows tools write it: the zero bytes of Latin
     * letters fall on odd positions (little-endian) or even ones (big-endian).
     */
    private static Optional<String> unmarkedUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, BinaryContentCheck.SAMPLE_SIZE) / 2;
        if (pairs < 2 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros >= UTF16_ZERO_SHARE * pairs && evenZeros * 20 < oddZeros) {
            return Optional.of(UTF_16LE);
        }
        if (evenZeros >= UTF16_ZERO_SHARE * pairs && oddZeros * 20 < evenZeros) {
            return Optional.of(UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean hasUtf8ByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static Optional<String> utf16ByteOrder(byte[] bytes) {
        if (bytes.length >= 2) {
            int first = bytes[0] & 0xFF;
            int second = bytes[1] & 0xFF;
            if (first == 0xFF && second == 0xFE) {
                return Optional.of(UTF_16LE);
            }
            if (first == 0xFE && second == 0xFF) {
                return Optional.of(UTF_16BE);
            }
        }
        return Optional.empty();
    }

    /** A damaged UTF-16 file keeps all it can: bad units become U+FFFD, and a note says so. */
    private static String decodeUtf16(byte[] bytes, String encoding, List<String> notes) {
        Charset charset = UTF_16LE.equals(encoding) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        Optional<String> strict = decodeStrictly(bytes, 2, charset);
        if (strict.isPresent()) {
            return strict.get();
        }
        String text = new String(bytes, 2, bytes.length - 2, charset);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        notes.add("The file is marked as " + encoding + " but is damaged: " + replaced
                + " unreadable character(s) were replaced with \uFFFD.");
        return text;
    }

    private static Optional<String> decodeStrictly(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String decodeWindows1252(byte[] bytes, int offset) {
        char[] chars = new char[bytes.length - offset];
        for (int i = offset; i < bytes.length; i++) {
            chars[i - offset] = WINDOWS_1252_TABLE.charAt(bytes[i] & 0xFF);
        }
        return new String(chars);
    }

    private static String windows1252Table() {
        Charset charset = Charset.forName("windows-1252");
        StringBuilder table = new StringBuilder(256);
        for (int b = 0; b < 256; b++) {
            table.append(decodeStrictly(new byte[] {(byte) b}, 0, charset).orElse(String.valueOf((char) b)));
        }
        return table.toString();
    }

    /** The bytes look like a binary file; the caller names the file in its message. */
    static final class BinaryContentException extends Exception {
        private static final long serialVersionUID = 1L;

        BinaryContentException() {
            super("looks like a binary file, not a transcript");
        }
    }
}
