package org.grounded.io.transcript;

import java.nio.file.Path;

/** A file that cannot be imported as a transcript; the message says why, for the user. */
public class TranscriptImportException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public TranscriptImportException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public TranscriptImportException(Path file, String message) {
        this(file, message, null);
    }

    public Path file() {
        return file;
    }
}
