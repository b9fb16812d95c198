package org.grounded.ui.cases;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.model.AttributeType;

/**
 * A column of the spreadsheet in the import preview: its name, the type its values suggest, and
 * what the user chose — its type and whether to skip it.
 */
public final class CaseColumnChoice {

    private final String name;
    private final AttributeType guessed;
    private final ObjectProperty<AttributeType> type;
    private final BooleanProperty skipped = new SimpleBooleanProperty(this, "skipped", false);

    CaseColumnChoice(String name, AttributeType guessed) {
        this.name = name;
        this.guessed = guessed;
        this.type = new SimpleObjectProperty<>(this, "type", guessed);
    }

    public String name() {
        return name;
    }

    /** The type the values suggest (or the one the project's attribute of this name has). */
    public AttributeType guessed() {
        return guessed;
    }

    public ObjectProperty<AttributeType> typeProperty() {
        return type;
    }

    public BooleanProperty skippedProperty() {
        return skipped;
    }
}
