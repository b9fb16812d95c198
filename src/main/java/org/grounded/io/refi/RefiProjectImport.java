package org.grounded.io.refi;

import java.util.Objects;
import org.grounded.model.Project;

/**
 * A project read from a .qdpx file, and the report of what was taken and what was skipped.
 * The project is new and unsaved; the caller saves it (as a {@code .grounded} file) or opens it.
 */
public record RefiProjectImport(Project project, RefiImportReport report) {

    public RefiProjectImport {
        Objects.requireNonNull(project);
        Objects.requireNonNull(report);
    }
}
