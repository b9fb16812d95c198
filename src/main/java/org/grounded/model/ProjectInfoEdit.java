package org.grounded.model;

import java.util.Objects;

/** Renames or re-describes the project. */
public record ProjectInfoEdit(ProjectInfo before, ProjectInfo after) implements Edit {

    public ProjectInfoEdit {
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
    }

    @Override
    public String description() {
        return "Rename project to '" + after.name() + "'";
    }

    @Override
    public void applyTo(Project project) {
        project.setInfo(after);
    }

    @Override
    public void revertFrom(Project project) {
        project.setInfo(before);
    }
}
