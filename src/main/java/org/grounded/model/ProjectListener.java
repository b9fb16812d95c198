package org.grounded.model;

/** Hears every edit made to a project, after it took effect. */
@FunctionalInterface
public interface ProjectListener {

    void projectChanged(Edit edit, EditDirection direction);
}
