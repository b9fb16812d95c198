package org.grounded.io.project;

import java.nio.file.Path;
import java.util.Optional;

/** A project file that cannot be opened; the message names the file and the problem, for the user. */
public class ProjectFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final ProjectFileProblem problem;
    private final transient Path backup;

    public ProjectFileException(Path file, String message, Throwable cause) {
        this(file, ProjectFileProblem.DAMAGED, message, cause, null);
    }

    public ProjectFileException(Path file, ProjectFileProblem problem, String message, Throwable cause, Path backup) {
        super(message, cause);
        this.file = file;
        this.problem = problem;
        this.backup = backup;
    }

    public Path file() {
        return file;
    }

    public ProjectFileProblem problem() {
        return problem;
    }

    /** The backup of the previous version ({@code NAME.grounded.bak}) when it exists and opens. */
    public Optional<Path> backup() {
        return Optional.ofNullable(backup);
    }
}
