package org.grounded.cli;

import java.nio.file.Path;
import org.grounded.io.project.ProjectFileException;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Project;

/**
 * Where the read-only commands (table, cooccur, stats) get their project: the project file, or in
 * tests a project built in memory.
 */
@FunctionalInterface
interface ProjectSource {

    ProjectSource FILES = file -> new ProjectFileStore().load(file);

    Project load(Path file) throws ProjectFileException;
}
