package org.grounded.io.project;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Keeps a second running Grounded from editing a project this one has open: a lock file beside
 * the project ({@code .NAME.grounded.lock}) held with an operating-system file lock, so a crash
 * never leaves a stale lock behind.
 */
public final class ProjectLock implements AutoCloseable {

    private ProjectLock() {
    }

    /**
     * Takes the lock for a project file.
     *
     * @throws ProjectLockedException when another process holds it (the message says so, for the
     *                                user, who may then open the project read-only)
     */
    public static ProjectLock acquire(Path projectFile) throws ProjectLockedException, IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
