package org.grounded.model;

/** What a {@link Group} collects. */
public enum GroupKind {
    CODE,
    DOCUMENT,
    PARTICIPANT
}
