package org.grounded.model;

import java.util.UUID;

/**
 * Something the project stores under a stable id. Ids are UUIDs because the REFI-QDA exchange
 * format identifies everything by GUID, so an exported project keeps its identities.
 */
public sealed interface Entity
        permits Document, Participant, Code, Quotation, Memo, Relation, RelationType, Group, AttributeDefinition,
        SavedNetwork {

    UUID id();

    /** A short human-readable label, used in messages and edit descriptions. */
    String label();
}
