package org.grounded.ui.analysis.citations;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A cell of the citations table, by what it means rather than where it is, so that the
 * selection survives sorting and recounting.
 *
 * @param columnKey the column's {@link org.grounded.analysis.citations.CitationColumn#key()}; empty for the Total
 */
public record CitationCellKey(UUID codeId, Optional<String> columnKey) {

    public CitationCellKey {
        Objects.requireNonNull(codeId, "codeId");
        Objects.requireNonNull(columnKey, "columnKey");
    }

    public static CitationCellKey total(UUID codeId) {
        return new CitationCellKey(codeId, Optional.empty());
    }

    public static CitationCellKey column(UUID codeId, String columnKey) {
        return new CitationCellKey(codeId, Optional.of(columnKey));
    }
}
