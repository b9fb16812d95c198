package org.grounded.io.project;

import java.nio.file.Path;

/** A project file that cannot be opened; the message names the file and the problem, for the user. */
public class ProjectFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ProjectFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
