package org.grounded.io.project;

import java.io.IOException;
import java.nio.file.Path;
import org.grounded.model.Project;

/**
 * Reads and writes the project file ({@code *.grounded}): one human-readable JSON file with a
 * schema version, holding the texts too. Saving is atomic and keeps the previous version as a
 * backup; a failed open never writes to the file.
 */
public final class ProjectFileStore {

    public static final String EXTENSION = ".grounded";

    /**
     * Opens a project file.
     *
     * @throws ProjectFileException naming the file and the problem (not a project, truncated or
     *                              corrupt, written by a newer Grounded, unreadable)
     */
    public Project load(Path file) throws ProjectFileException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Saves atomically: the project is written to a temporary file in the same folder, forced to
     * disk and moved over the old file, whose previous content is kept as a backup. Reads the
     * project on the calling thread, so background saves pass a {@link Project#copy()}.
     */
    public void save(Project project, Path file) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
