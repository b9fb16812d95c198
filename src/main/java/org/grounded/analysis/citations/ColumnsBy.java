package org.grounded.analysis.citations;

import java.util.Objects;

/**
 * How a citations table splits its columns.
 *
 * @param attributeName the participant attribute, for {@link ColumnKind#ATTRIBUTE} only ("" otherwise)
 */
public record ColumnsBy(ColumnKind kind, String attributeName) {

    public ColumnsBy {
        Objects.requireNonNull(kind, "kind");
        attributeName = attributeName == null ? "" : attributeName.strip();
        if (kind == ColumnKind.ATTRIBUTE && attributeName.isEmpty()) {
            throw new IllegalArgumentException("Columns by attribute need the attribute's name");
        }
        if (kind != ColumnKind.ATTRIBUTE && !attributeName.isEmpty()) {
            throw new IllegalArgumentException("Only columns by attribute name an attribute");
        }
    }

    public static ColumnsBy participants() {
        return new ColumnsBy(ColumnKind.PARTICIPANT, "");
    }

    public static ColumnsBy documents() {
        return new ColumnsBy(ColumnKind.DOCUMENT, "");
    }

    public static ColumnsBy participantGroups() {
        return new ColumnsBy(ColumnKind.PARTICIPANT_GROUP, "");
    }

    public static ColumnsBy attribute(String name) {
        return new ColumnsBy(ColumnKind.ATTRIBUTE, name);
    }
}
