package org.grounded.io.project;

import java.nio.file.Path;

/** Another running Grounded has the project open for editing. */
public class ProjectLockedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ProjectLockedException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
