package org.grounded.model.edits;

/** How a relation type reads: from source to target only, or both ways. */
public enum RelationDirection {
    /** "Fears — is cause of → Obstacles" reads one way. */
    DIRECTED,
    /** "Fears — contradicts — Motivation" reads both ways. */
    UNDIRECTED
}
