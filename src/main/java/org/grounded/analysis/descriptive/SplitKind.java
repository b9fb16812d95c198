package org.grounded.analysis.descriptive;

/** How descriptive statistics split the participants, besides describing them all. */
public enum SplitKind {
    NONE,
    /** One part per participant group, and "(no group)" for participants in none. */
    PARTICIPANT_GROUP,
    /** One part per value of a participant attribute, and "(no value)". */
    ATTRIBUTE
}
