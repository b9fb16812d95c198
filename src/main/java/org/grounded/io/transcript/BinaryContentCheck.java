package org.grounded.io.transcript;

/**
 * Tells a binary file (a picture, an audio file, a renamed .doc) from text by looking at its
 * first bytes: text has no NUL bytes and few control characters. UTF-16 text has NUL bytes, so
 * it is checked on its decoded characters instead.
 */
final class BinaryContentCheck {

    /** How much of the start of a file is looked at. */
    static final int SAMPLE_SIZE = 8 * 1024;

    /** More than this share of control characters makes a file binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private BinaryContentCheck() {
    }

    static boolean looksBinary(byte[] bytes, int offset) {
        int end = Math.min(bytes.length, offset + SAMPLE_SIZE);
        int controls = 0;
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (isControl(b)) {
                controls++;
            }
        }
        return tooMany(controls, end - offset);
    }

    static boolean looksBinary(String text) {
        int end = Math.min(text.length(), SAMPLE_SIZE);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x80 && isControl(c)) {
                controls++;
            }
        }
        return tooMany(controls, end);
    }

    /** C0 controls and DEL, except tab, line feed, form feed and carriage return. */
    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
    }

    private static boolean tooMany(int controls, int sampled) {
        return sampled > 0 && controls > MAX_CONTROL_SHARE * sampled;
    }
}
