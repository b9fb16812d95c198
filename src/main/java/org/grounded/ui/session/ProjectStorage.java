package org.grounded.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import org.grounded.io.project.ProjectFileException;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectJournal;
import org.slf4j.LoggerFactory;
import org.grounded.model.Project;

/**
 * Where the window loads and saves projects: the project file store in the application, an
 * in-memory stand-in in tests.
 */
public interface ProjectStorage {

    Project load(Path file) throws ProjectFileException;

    /** Saves atomically; called on a background thread with a copy of the project. */
    void save(Project project, Path file) throws IOException;

    /**
     * A project opened for editing: with the edits its journal held replayed, the revision that is
     * on disk (below the project's own after a recovery, so the recovered edits count as unsaved),
     * and the journal that from now on records every edit (null when there is none).
     */
    record Opened(Project project, long savedRevision, ProjectJournal journal) {
    }

    /** Loads a project to edit it; the default (an in-memory stand-in) keeps no journal. */
    default Opened openForEditing(Path file) throws ProjectFileException, IOException {
        Project project = load(file);
        return new Opened(project, project.revision(), null);
    }

    /**
     * Saves atomically the project as it was at {@code revision} and, when there is a journal,
     * empties it of what the file now holds. Called on a background thread with a copy.
     */
    default void save(Project project, Path file, long revision, ProjectJournal journal) throws IOException {
        save(project, file);
    }

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
            public Opened openForEditing(Path file) throws ProjectFileException, IOException {
                ProjectFileStore.Loaded loaded = store.loadWithChecksum(file);
                Project project = loaded.project();
                long onDisk = project.revision();
                try {
                    return new Opened(project, onDisk, ProjectJournal.open(file, project, loaded.checksum()));
                } catch (IOException e) {
                    // Without a journal the window falls back to saving the whole file soon after each edit.
                    LoggerFactory.getLogger(ProjectStorage.class).warn("No journal for {}", file, e); // NON-NLS: log
                    return new Opened(project, onDisk, null);
                }
            }

            @Override
            public void save(Project project, Path file, long revision, ProjectJournal journal) throws IOException {
                if (journal == null) {
                    store.save(project, file);
                    return;
                }
                long checksum = store.save(project, file, written -> journal.saving(revision, written));
                journal.saved(revision, checksum);
            }

            @Override
            public Path backupOf(Path file) {
                return ProjectFileStore.backupOf(file);
            }
        };
    }
}
