package org.grounded.ui.main;

import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.grounded.model.ProjectInfo;
import org.grounded.model.ProjectInfoEdit;

/**
 * File → Study properties: the study's name and description as the user edits them in the
 * dialog; {@link #edit()} turns them into the one undoable edit (nothing when unchanged).
 */
public final class StudyPropertiesViewModel {

    private final ProjectInfo before;
    private final StringProperty name;
    private final StringProperty description;

    public StudyPropertiesViewModel(ProjectInfo before) {
        this.before = before;
        this.name = new SimpleStringProperty(this, "name", before.name());
        this.description = new SimpleStringProperty(this, "description", before.description());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** A study needs a name: the dialog's OK button is disabled while this is false. */
    public boolean isValid() {
        return name.get() != null && !name.get().isBlank();
    }

    /** The rename/re-describe, or empty when nothing changed or the name is blank. */
    public Optional<ProjectInfoEdit> edit() {
        if (!isValid()) {
            return Optional.empty();
        }
        String newName = name.get().strip();
        String newDescription = description.get() == null ? "" : description.get().strip();
        if (newName.equals(before.name()) && newDescription.equals(before.description())) {
            return Optional.empty();
        }
        return Optional.of(new ProjectInfoEdit(before, new ProjectInfo(newName, newDescription, before.createdAt())));
    }
}
