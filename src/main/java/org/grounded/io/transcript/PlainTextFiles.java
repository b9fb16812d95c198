package org.grounded.io.transcript;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Plain-text files decoded exactly as transcripts are (byte order mark, strict UTF-8, else
 * Windows-1252), for other readers of text files such as the spreadsheet import of cases.
 */
public final class PlainTextFiles {

    private PlainTextFiles() {
    }

    /**
     * The text of the bytes, without a byte order mark.
     *
     * @throws IOException naming the file when it looks binary rather than text
     */
    public static String decode(Path file, byte[] bytes) throws IOException {
        try {
            return TextDecoder.decode(bytes).text();
        } catch (TextDecoder.BinaryContentException e) {
            throw new IOException(file.getFileName() + ": this is not a text file", e);
        }
    }
}
