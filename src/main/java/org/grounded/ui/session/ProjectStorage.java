package org.grounded.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import org.grounded.io.project.ProjectFileException;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Project;

/**
 * Where the window loads and saves projects: the project file store in the application, an
 * in-memory stand-in in tests.
 */
public interface ProjectStorage {

    Project load(Path file) throws ProjectFileException;

    /** Saves atomically; called on a background thread with a copy of the project. */
    void save(Project project, Path file) throws IOException;

    /** The backup the store keeps of the previous version of a project file. */
    default Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    static ProjectStorage of(ProjectFileStore store) {
        return new ProjectStorage() {
            @Override
            public Project load(Path file) throws ProjectFileException {
                return store.load(file);
            }

            @Override
            public void save(Project project, Path file) throws IOException {
                store.save(project, file);
            }

            @Override
            public Path backupOf(Path file) {
                return ProjectFileStore.backupOf(file);
            }
        };
    }
}
