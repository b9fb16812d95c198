package org.grounded.model;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A named set of codes, documents or participants: a code group, a document group, or a
 * participant group such as "donor only" (a "set" in REFI-QDA).
 */
public record Group(UUID id, String name, GroupKind kind, String description, Set<UUID> memberIds)
        implements Entity {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = Names.require(name, "group");
        description = Copies.text(description);
        memberIds = Copies.orderedSet(memberIds);
    }

    public static Group of(String name, GroupKind kind, Set<UUID> memberIds) {
        return new Group(UUID.randomUUID(), name, kind, "", memberIds);
    }

    public Group withMembers(Set<UUID> newMemberIds) {
        return new Group(id, name, kind, description, newMemberIds);
    }

    @Override
    public String label() {
        return name;
    }
}
