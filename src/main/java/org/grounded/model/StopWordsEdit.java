package org.grounded.model;

import java.util.Objects;

/** Changes the project's stop words (made by {@code model.edits.StopWordEdits}). */
public record StopWordsEdit(StopWords before, StopWords after, EditName name) implements Edit {

    public StopWordsEdit {
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        Objects.requireNonNull(name);
    }

    @Override
    public String description() {
        return name.english();
    }

    @Override
    public void applyTo(Project project) {
        if (!project.stopWords().equals(before)) {
            throw new IllegalStateException("The stop words have changed since this edit was made");
        }
        project.setStopWords(after);
    }

    @Override
    public void revertFrom(Project project) {
        project.setStopWords(before);
    }

    /** No pane shows the stop words; the word-frequency window recounts on every edit anyway. */
    @Override
    public ChangeSet changeSet() {
        return ChangeSet.NOTHING;
    }

    /** The edit that undoes this one. */
    public StopWordsEdit inverse() {
        return new StopWordsEdit(after, before, EditName.of("Undo %0", name));
    }
}
