package org.grounded.model.edits;

import java.util.Optional;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;

/**
 * Relations between codes with linking words ("Fears — is cause of → Obstacles") and the
 * user-defined relation types. A code is never related to itself, and the same relation is not
 * stored twice: same type, same codes, and for an undirected type also the other way round.
 */
public final class RelationEdits {

    private RelationEdits() {
    }

    /** Relates two codes with a relation type. */
    public static EntityEdit relate(Project project, UUID sourceCodeId, UUID typeId, UUID targetCodeId) {
        Draft draft = Draft.of(project);
        Code source = draft.require(Code.class, sourceCodeId);
        Code target = draft.require(Code.class, targetCodeId);
        RelationType type = draft.require(RelationType.class, typeId);
        if (source.id().equals(target.id())) {
            throw new IllegalArgumentException("'" + source.name() + "' cannot be related to itself");
        }
        Relation relation = Relation.of(source.id(), type.id(), target.id());
        requireNew(draft, relation);
        draft.add(relation);
        return draft.build(EditName.of("Relate %0", phrase(draft, relation)));
    }

    /** Changes a relation's type (its linking words). */
    public static Optional<EntityEdit> changeType(Project project, UUID relationId, UUID typeId) {
        Draft draft = Draft.of(project);
        Relation relation = draft.require(Relation.class, relationId);
        RelationType type = draft.require(RelationType.class, typeId);
        Relation changed = new Relation(relation.id(), relation.sourceCodeId(), relation.targetCodeId(), type.id(),
                relation.comment());
        if (!changed.equals(relation)) {
            requireNew(draft, changed);
        }
        draft.update(changed);
        return draft.buildIfChanged(EditName.of("Change relation to %0", phrase(draft, changed)));
    }

    /** Swaps a relation's source and target codes; empty for an undirected type, which reads both ways. */
    public static Optional<EntityEdit> reverse(Project project, UUID relationId) {
        Draft draft = Draft.of(project);
        Relation relation = draft.require(Relation.class, relationId);
        Relation reversed = new Relation(relation.id(), relation.targetCodeId(), relation.sourceCodeId(),
                relation.typeId(), relation.comment());
        if (!draft.require(RelationType.class, relation.typeId()).directed()) {
            return Optional.empty();
        }
        requireNew(draft, reversed);
        draft.update(reversed);
        return draft.buildIfChanged(EditName.of("Reverse relation to %0", phrase(draft, reversed)));
    }

    /** Sets (or with a blank text clears) a relation's comment. */
    public static Optional<EntityEdit> setComment(Project project, UUID relationId, String comment) {
        Draft draft = Draft.of(project);
        Relation relation = draft.require(Relation.class, relationId);
        String text = comment == null || comment.isBlank() ? "" : comment;
        draft.update(new Relation(relation.id(), relation.sourceCodeId(), relation.targetCodeId(), relation.typeId(),
                text));
        return draft.buildIfChanged(EditName.of("Edit comment of %0", phrase(draft, relation)));
    }

    /** Deletes a relation, first unlinking it from memos. */
    public static EntityEdit delete(Project project, UUID relationId) {
        Draft draft = Draft.of(project);
        Relation relation = draft.require(Relation.class, relationId);
        String phrase = phrase(draft, relation);
        draft.detach(relation.id());
        draft.remove(relation);
        return draft.build(EditName.of("Delete relation %0", phrase));
    }

    /** A user-defined relation type; names are unique among all types, built-in ones included. */
    public static EntityEdit addType(Project project, String name, RelationDirection direction) {
        Draft draft = Draft.of(project);
        String unique = requireUniqueTypeName(draft, name, null);
        draft.add(RelationType.userDefined(unique, direction == RelationDirection.DIRECTED));
        return draft.build(EditName.of("Add relation type '%0'", unique));
    }

    /** Renames a user-defined relation type; built-in types keep their names. */
    public static Optional<EntityEdit> renameType(Project project, UUID typeId, String newName) {
        Draft draft = Draft.of(project);
        RelationType type = draft.require(RelationType.class, typeId);
        requireUserDefined(type, "renamed");
        String unique = requireUniqueTypeName(draft, newName, type.id());
        draft.update(new RelationType(type.id(), unique, type.directed(), false));
        return draft.buildIfChanged(EditName.of("Rename relation type '%0' to '%1'", type.name(), unique));
    }

    /** Deletes a user-defined relation type that no relation uses. */
    public static EntityEdit deleteType(Project project, UUID typeId) {
        Draft draft = Draft.of(project);
        RelationType type = draft.require(RelationType.class, typeId);
        requireUserDefined(type, "deleted");
        long users = draft.all(Relation.class).stream().filter(r -> r.typeId().equals(type.id())).count();
        if (users > 0) {
            throw new IllegalArgumentException("The relation type '" + type.name() + "' is used by "
                    + Describe.count((int) users, "relation", "relations")
                    + "; change their type or delete them first");
        }
        draft.detach(type.id());
        draft.remove(type);
        return draft.build(EditName.of("Delete relation type '%0'", type.name()));
    }

    /** Another relation (not this one) that says the same, as the draft stands. */
    static Optional<Relation> findSame(Draft draft, Relation relation) {
        boolean directed = draft.find(RelationType.class, relation.typeId()).map(RelationType::directed).orElse(true);
        return draft.all(Relation.class).stream()
                .filter(other -> !other.id().equals(relation.id()) && other.typeId().equals(relation.typeId()))
                .filter(other -> (other.sourceCodeId().equals(relation.sourceCodeId())
                        && other.targetCodeId().equals(relation.targetCodeId()))
                        || (!directed && other.sourceCodeId().equals(relation.targetCodeId())
                        && other.targetCodeId().equals(relation.sourceCodeId())))
                .findFirst();
    }

    private static void requireNew(Draft draft, Relation relation) {
        if (findSame(draft, relation).isPresent()) {
            throw new IllegalArgumentException("There is already a relation " + phrase(draft, relation));
        }
    }

    /** "'Fears' is cause of 'Obstacles'". */
    static String phrase(Draft draft, Relation relation) {
        return "'" + draft.require(Code.class, relation.sourceCodeId()).name() + "' "
                + draft.require(RelationType.class, relation.typeId()).name()
                + " '" + draft.require(Code.class, relation.targetCodeId()).name() + "'";
    }

    private static void requireUserDefined(RelationType type, String verb) {
        if (type.builtIn()) {
            throw new IllegalArgumentException("The built-in relation type '" + type.name() + "' cannot be " + verb);
        }
    }

    private static String requireUniqueTypeName(Draft draft, String name, UUID self) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A relation type needs a name");
        }
        String wanted = name.strip();
        draft.all(RelationType.class).stream()
                .filter(other -> !other.id().equals(self) && other.name().equalsIgnoreCase(wanted))
                .findFirst().ifPresent(other -> {
                    throw new IllegalArgumentException("There is already a relation type named '" + other.name() + "'");
                });
        return wanted;
    }
}
