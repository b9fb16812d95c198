package org.grounded.analysis.citations;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One column of a citations table (not counting the rank and Total columns).
 *
 * @param key      stable within a table: the participant's, document's or group's id, or the
 *                 attribute value's label; what {@link RowOrder#byColumn} takes
 * @param label    the heading: a name, or an attribute value
 * @param entityId the participant, document or group; empty for an attribute value
 */
public record CitationColumn(String key, String label, ColumnKind kind, Optional<UUID> entityId) {

    public CitationColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entityId, "entityId");
    }

    static CitationColumn ofEntity(UUID id, String label, ColumnKind kind) {
        return new CitationColumn(id.toString(), label, kind, Optional.of(id));
    }

    static CitationColumn ofValue(String value) {
        return new CitationColumn(value, value, ColumnKind.ATTRIBUTE, Optional.empty());
    }
}
