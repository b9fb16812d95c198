package org.grounded.model.edits;

import java.util.Objects;
import org.grounded.model.AttributeType;

/** A column of a spreadsheet of cases that becomes an attribute of this name and type. */
public record CaseColumn(String name, AttributeType type) {

    public CaseColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
