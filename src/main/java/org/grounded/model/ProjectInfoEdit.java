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
        return name().english();
    }

    @Override
    public EditName name() {
        return EditName.of("Rename project to '%0'", after.name());
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
