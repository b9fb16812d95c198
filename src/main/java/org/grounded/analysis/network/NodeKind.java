package org.grounded.analysis.network;

/** What a node of a {@link CodeNetwork} stands for. */
public enum NodeKind {
    CODE,
    PARTICIPANT,
    DOCUMENT,
    PARTICIPANT_GROUP;

    /** Participants, documents and participant groups: the nodes whose words cite codes. */
    public boolean cites() {
        return this != CODE;
    }
}
