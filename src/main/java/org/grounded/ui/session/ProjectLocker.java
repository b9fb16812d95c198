package org.grounded.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import org.grounded.io.project.ProjectLock;
import org.grounded.io.project.ProjectLockedException;

/** Takes the lock that keeps a second running Grounded from editing the same project. */
@FunctionalInterface
public interface ProjectLocker {

    /**
     * @return the held lock; closing it releases it
     * @throws ProjectLockedException when another running Grounded has the project open
     */
    AutoCloseable acquire(Path projectFile) throws ProjectLockedException, IOException;

    /** The operating-system file lock beside the project. */
    static ProjectLocker fileLocks() {
        return ProjectLock::acquire;
    }
}
