package org.grounded.io.project;

import java.nio.file.Path;
import java.util.Optional;

/** Another running Grounded has the project open for editing. */
public class ProjectLockedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final transient LockHolder holder;

    public ProjectLockedException(Path file, String message) {
        this(file, message, null);
    }

    public ProjectLockedException(Path file, String message, LockHolder holder) {
        super(message);
        this.file = file;
        this.holder = holder;
    }

    public Path file() {
        return file;
    }

    /** Who holds the lock, when the lock file says so. */
    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }
}
