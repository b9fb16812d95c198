package org.grounded.model.edits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Change;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.Entity;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.Memo;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SavedNetwork;

/**
 * An edit being built: the project as the changes collected so far would leave it. One user
 * action may touch the same entity twice (deleting a code updates a memo that names both the code
 * and a quotation that goes with it), and each change must start from the entity as the previous
 * change left it, or {@link Project} refuses the edit as stale. The project itself is only read.
 */
final class Draft {

    private final Project project;
    private final List<Change> changes = new ArrayList<>();
    /** Entities this draft added, updated (their latest version) or removed (empty). */
    private final Map<UUID, Optional<Entity>> overlay = new HashMap<>();
    /** Ids of entities added by this draft, in order. */
    private final Set<UUID> added = new LinkedHashSet<>();

    private Draft(Project project) {
        this.project = project;
    }

    static Draft of(Project project) {
        return new Draft(project);
    }

    Project project() {
        return project;
    }

    <T extends Entity> Optional<T> find(Class<T> kind, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Entity> changed = overlay.get(id);
        if (changed != null) {
            return changed.filter(kind::isInstance).map(kind::cast);
        }
        return project.find(kind, id);
    }

    /** The entity, or an {@link IllegalArgumentException} saying it is gone (deleted meanwhile). */
    <T extends Entity> T require(Class<T> kind, UUID id) {
        return find(kind, id).orElseThrow(() -> new IllegalArgumentException("This "
                + Describe.kind(kind) + " is no longer in the project"));
    }

    /**
     * The quotations of a document as the draft stands, in no set order: the project's index of
     * the document's quotations with the draft's changes over it, so coding a passage does not read
     * every quotation of a large study.
     */
    List<Quotation> quotationsIn(UUID documentId) {
        List<Quotation> result = new ArrayList<>();
        for (Quotation stored : project.quotationsIn(documentId)) {
            if (!overlay.containsKey(stored.id())) {
                result.add(stored);
            }
        }
        for (Optional<Entity> changed : overlay.values()) {
            changed.filter(Quotation.class::isInstance).map(Quotation.class::cast)
                    .filter(quotation -> quotation.documentId().equals(documentId)).ifPresent(result::add);
        }
        return result;
    }

    /** Every entity of a kind as the draft stands, in project order, added ones last. */
    <T extends Entity> List<T> all(Class<T> kind) {
        List<T> result = new ArrayList<>();
        for (T entity : projectEntities(kind)) {
            Optional<Entity> changed = overlay.get(entity.id());
            if (changed == null) {
                result.add(entity);
            } else {
                changed.map(kind::cast).ifPresent(result::add);
            }
        }
        for (UUID id : added) {
            overlay.get(id).filter(kind::isInstance).map(kind::cast).ifPresent(result::add);
        }
        return result;
    }

    private <T extends Entity> List<T> projectEntities(Class<T> kind) {
        Collection<? extends Entity> stored;
        if (kind == Code.class) {
            stored = project.codes();
        } else if (kind == Quotation.class) {
            stored = project.quotations();
        } else if (kind == Memo.class) {
            stored = project.memos();
        } else if (kind == Group.class) {
            stored = project.groups();
        } else if (kind == Relation.class) {
            stored = project.relations();
        } else if (kind == RelationType.class) {
            stored = project.relationTypes();
        } else if (kind == Participant.class) {
            stored = project.participants();
        } else if (kind == Document.class) {
            stored = project.documents();
        } else if (kind == SavedNetwork.class) {
            stored = project.networks();
        } else {
            stored = project.attributeDefinitions();
        }
        return stored.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends Entity> T add(T entity) {
        changes.add(new Change(null, entity));
        overlay.put(entity.id(), Optional.of(entity));
        added.add(entity.id());
        return entity;
    }

    /** Replaces the entity with the same id by {@code after}; nothing happens when it is unchanged. */
    <T extends Entity> T update(T after) {
        @SuppressWarnings("unchecked")
        Class<T> kind = (Class<T>) after.getClass();
        T before = require(kind, after.id());
        if (!before.equals(after)) {
            changes.add(new Change(before, after));
            overlay.put(after.id(), Optional.of(after));
        }
        return after;
    }

    /** Removes an entity; callers first detach it from whatever refers to it. */
    void remove(Entity entity) {
        Entity current = require(entity.getClass(), entity.id());
        changes.add(new Change(current, null));
        overlay.put(entity.id(), Optional.empty());
    }

    /**
     * Takes an id out of every group, every memo link and every saved network (its members, places
     * and pins; a network of a deleted code group or subtree shows all codes again), so the entity
     * can be removed.
     */
    void detach(UUID id) {
        for (SavedNetwork network : all(SavedNetwork.class)) {
            if (network.refersTo(id)) {
                update(NetworkNodes.without(network, id));
            }
        }
        for (Group group : all(Group.class)) {
            if (group.memberIds().contains(id)) {
                Set<UUID> members = new LinkedHashSet<>(group.memberIds());
                members.remove(id);
                update(group.withMembers(members));
            }
        }
        for (Memo memo : all(Memo.class)) {
            if (memo.linkedIds().contains(id)) {
                Set<UUID> links = new LinkedHashSet<>(memo.linkedIds());
                links.remove(id);
                update(memo.withLinks(links));
            }
        }
    }

    /**
     * Puts {@code replacement} where {@code id} was in every group, memo link and saved network
     * (once; a network that placed both keeps the replacement's place).
     */
    void redirect(UUID id, UUID replacement) {
        for (SavedNetwork network : all(SavedNetwork.class)) {
            if (network.refersTo(id)) {
                update(NetworkNodes.redirect(network, id, replacement));
            }
        }
        for (Group group : all(Group.class)) {
            if (group.memberIds().contains(id)) {
                update(group.withMembers(Ids.replace(group.memberIds(), id, replacement)));
            }
        }
        for (Memo memo : all(Memo.class)) {
            if (memo.linkedIds().contains(id)) {
                update(memo.withLinks(Ids.replace(memo.linkedIds(), id, replacement)));
            }
        }
    }

    boolean isLinkedFromMemo(UUID id) {
        return all(Memo.class).stream().anyMatch(memo -> memo.linkedIds().contains(id));
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    EntityEdit build(EditName name) {
        return EntityEdit.of(name, changes);
    }

    /** The edit, or empty when the action would change nothing. */
    Optional<EntityEdit> buildIfChanged(EditName name) {
        return isEmpty() ? Optional.empty() : Optional.of(build(name));
    }
}
