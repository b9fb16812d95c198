package org.grounded.model.edits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.Entity;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Project;

/**
 * Groups of codes, documents or participants ("donated only", "received only"). A group's name
 * is unique among the groups of its kind, whatever its case; members must be of the group's kind.
 */
public final class GroupEdits {

    private GroupEdits() {
    }

    /** A new group of a kind, with its first members (possibly none). */
    public static EntityEdit create(Project project, GroupKind kind, String name, Collection<UUID> memberIds) {
        Draft draft = Draft.of(project);
        String unique = requireUniqueName(draft, kind, name, null);
        List<Entity> members = members(draft, kind, memberIds);
        draft.add(new Group(UUID.randomUUID(), unique, kind, "", ids(members)));
        return draft.build(EditName.of("Add %0 '%1'", nounName(kind), unique));
    }

    public static Optional<EntityEdit> rename(Project project, UUID groupId, String newName) {
        Draft draft = Draft.of(project);
        Group group = draft.require(Group.class, groupId);
        String unique = requireUniqueName(draft, group.kind(), newName, group.id());
        draft.update(new Group(group.id(), unique, group.kind(), group.description(), group.memberIds()));
        return draft.buildIfChanged(EditName.of("Rename %0 '%1' to '%2'", nounName(group.kind()), group.name(), unique));
    }

    /** Deletes a group (not its members), first unlinking it from memos. */
    public static EntityEdit delete(Project project, UUID groupId) {
        Draft draft = Draft.of(project);
        Group group = draft.require(Group.class, groupId);
        draft.detach(group.id());
        draft.remove(group);
        return draft.build(EditName.of("Delete %0 '%1'", nounName(group.kind()), group.name()));
    }

    /** Adds members; empty when they all belong already. */
    public static Optional<EntityEdit> addMembers(Project project, UUID groupId, Collection<UUID> memberIds) {
        Draft draft = Draft.of(project);
        Group group = draft.require(Group.class, groupId);
        List<Entity> members = members(draft, group.kind(), memberIds);
        List<Entity> joining = members.stream().filter(m -> !group.memberIds().contains(m.id())).toList();
        draft.update(group.withMembers(Ids.with(group.memberIds(), ids(joining))));
        return draft.buildIfChanged(EditName.of("Add %0 to %1 '%2'",
                Describe.names(Describe.labels(joining), EditName.of("%0 members", joining.size())),
                nounName(group.kind()), group.name()));
    }

    /** Removes members (the members themselves stay); empty when none of them belongs. */
    public static Optional<EntityEdit> removeMembers(Project project, UUID groupId, Collection<UUID> memberIds) {
        Draft draft = Draft.of(project);
        Group group = draft.require(Group.class, groupId);
        Set<UUID> remaining = new LinkedHashSet<>(group.memberIds());
        List<String> leaving = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(memberIds)) {
            if (remaining.remove(id)) {
                leaving.add(draft.project().findAny(id).map(Entity::label).orElse("member"));
            }
        }
        draft.update(group.withMembers(remaining));
        return draft.buildIfChanged(EditName.of("Remove %0 from %1 '%2'",
                Describe.names(leaving, EditName.of("%0 members", leaving.size())), nounName(group.kind()), group.name()));
    }

    private static List<Entity> members(Draft draft, GroupKind kind, Collection<UUID> memberIds) {
        Class<? extends Entity> memberKind = switch (kind) {
            case CODE -> Code.class;
            case DOCUMENT -> Document.class;
            case PARTICIPANT -> Participant.class;
        };
        List<Entity> members = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(memberIds)) {
            members.add(draft.find(memberKind, id).orElseThrow(() -> new IllegalArgumentException(
                    "Only " + Describe.kind(memberKind) + "s can join a " + noun(kind))));
        }
        return members;
    }

    private static Set<UUID> ids(List<Entity> entities) {
        Set<UUID> ids = new LinkedHashSet<>();
        entities.forEach(entity -> ids.add(entity.id()));
        return ids;
    }

    private static String requireUniqueName(Draft draft, GroupKind kind, String name, UUID self) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A " + noun(kind) + " needs a name");
        }
        String wanted = name.strip();
        draft.all(Group.class).stream()
                .filter(other -> other.kind() == kind && !other.id().equals(self) && other.name().equalsIgnoreCase(wanted))
                .findFirst().ifPresent(other -> {
                    throw new IllegalArgumentException("There is already a " + noun(kind) + " named '" + other.name() + "'");
                });
        return wanted;
    }

    /** "code group", "participant group", as an edit's name says it. */
    private static EditName nounName(GroupKind kind) {
        return switch (kind) {
            case CODE -> EditName.of("code group");
            case DOCUMENT -> EditName.of("document group");
            case PARTICIPANT -> EditName.of("participant group");
        };
    }

    /** "code group", "participant group". */
    static String noun(GroupKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + " group";
    }
}
