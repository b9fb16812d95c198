package org.grounded.io.refi;

import java.nio.file.Path;

/**
 * A REFI-QDA file (.qdpx or .qdc) that Grounded refuses to import: not a zip, not XML, unsafe
 * (a DTD, an entry that points outside the archive, a zip bomb), or missing a part it needs.
 * The message names the file and the problem, for the user.
 */
public class RefiImportException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public RefiImportException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
    }

    public RefiImportException(Path file, String problem) {
        this(file, problem, null);
    }

    public Path file() {
        return file;
    }
}
