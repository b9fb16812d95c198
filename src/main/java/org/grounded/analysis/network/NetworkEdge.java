package org.grounded.analysis.network;

import java.util.Objects;

/**
 * One edge of a {@link CodeNetwork}.
 *
 * @param id         stable for the same project and request: kind, then the ends' ids
 * @param weight     co-occurrence count or c-coefficient; citations for a participant link; 1
 *                   for relations and hierarchy
 * @param label      the relation type's name, the linking word, or "" for co-occurrence
 * @param directed   true for a directed relation type and for hierarchy (sub-code → category)
 * @param relationId the relation's id (text) for {@link EdgeKind#RELATION}; null otherwise
 */
public record NetworkEdge(String id, String sourceId, String targetId, EdgeKind kind, double weight,
                          String label, boolean directed, String relationId) {

    public NetworkEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
    }

    public boolean touches(String nodeId) {
        return sourceId.equals(nodeId) || targetId.equals(nodeId);
    }

    /** The end that is not {@code nodeId}. */
    public String otherEnd(String nodeId) {
        return sourceId.equals(nodeId) ? targetId : sourceId;
    }
}
