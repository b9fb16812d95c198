package org.grounded.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An edit made of entity changes applied in order and reverted in reverse order. Every edit of
 * the study's data is one of these, so the user interface can refresh exactly what changed.
 */
public final class EntityEdit implements Edit {

    private final EditName name;
    private final List<Change> changes;
    /**
     * Per change, where the entity a removal took out stood when the edit was last applied (-1 when
     * not known). Only undo reads it; like the project, an edit is confined to one thread.
     */
    private final int[] removedAt;
    /** What the changes touch, worked out when first asked. */
    private ChangeSet changeSet;

    private EntityEdit(EditName name, List<Change> changes) {
        this.name = Objects.requireNonNull(name);
        this.changes = List.copyOf(changes);
        this.removedAt = new int[this.changes.size()];
        Arrays.fill(removedAt, -1);
    }

    public static Builder builder(String description) {
        return new Builder(EditName.plain(description));
    }

    public static Builder builder(EditName name) {
        return new Builder(name);
    }

    public static EntityEdit add(String description, Entity entity) {
        return builder(description).add(entity).build();
    }

    public static EntityEdit update(String description, Entity before, Entity after) {
        return builder(description).update(before, after).build();
    }

    public List<Change> changes() {
        return changes;
    }

    /** The same changes under another name ("Import codebook team.qdc"), for the undo menu. */
    public EntityEdit withName(EditName newName) {
        return new EntityEdit(newName, changes);
    }

    /** An edit of changes already collected (a draft's); changes that change nothing are dropped. */
    public static EntityEdit of(String description, List<Change> changes) {
        return of(EditName.plain(description), changes);
    }

    /** An edit of changes already collected (a draft's); changes that change nothing are dropped. */
    public static EntityEdit of(EditName name, List<Change> changes) {
        Builder builder = builder(name);
        changes.forEach(builder::change);
        return builder.build();
    }

    @Override
    public ChangeSet changeSet() {
        if (changeSet == null) {
            changeSet = ChangeSet.of(changes);
        }
        return changeSet;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    @Override
    public String description() {
        return name.english();
    }

    @Override
    public EditName name() {
        return name;
    }

    /**
     * Applies the changes in order; if one is refused, undoes those already made so the edit is all
     * or nothing. Notes where each removed entity stood, so that undoing puts it back in its place
     * (the order of the code tree and of the project file) rather than at the end.
     */
    @Override
    public void applyTo(Project project) {
        int done = 0;
        try {
            for (int i = 0; i < changes.size(); i++) {
                Change change = changes.get(i);
                if (change.after() == null) {
                    removedAt[i] = project.positionOf(change.before());
                }
                project.perform(change);
                done++;
            }
        } catch (RuntimeException e) {
            for (int i = done - 1; i >= 0; i--) {
                undo(project, i);
            }
            throw e;
        }
    }

    /** Reverts the changes in reverse order, all or nothing. */
    @Override
    public void revertFrom(Project project) {
        int last = changes.size();
        try {
            while (last > 0) {
                undo(project, last - 1);
                last--;
            }
        } catch (RuntimeException e) {
            for (int i = last; i < changes.size(); i++) {
                project.perform(changes.get(i));
            }
            throw e;
        }
    }

    private void undo(Project project, int index) {
        Change change = changes.get(index);
        project.perform(change.inverse());
        if (change.after() == null && removedAt[index] >= 0) {
            project.moveTo(change.before(), removedAt[index]);
        }
    }

    @Override
    public String toString() {
        return description() + " (" + changes.size() + " changes)";
    }

    /** Collects the changes of one edit. */
    public static final class Builder {
        private final EditName name;
        private final List<Change> changes = new ArrayList<>();

        private Builder(EditName name) {
            this.name = name;
        }

        public Builder add(Entity entity) {
            changes.add(new Change(null, entity));
            return this;
        }

        public Builder update(Entity before, Entity after) {
            if (!before.equals(after)) {
                changes.add(new Change(before, after));
            }
            return this;
        }

        public Builder remove(Entity entity) {
            changes.add(new Change(entity, null));
            return this;
        }

        /** Adds, updates or removes, as the change says. */
        public Builder change(Change change) {
            if (change.before() == null) {
                return add(change.after());
            }
            return change.after() == null ? remove(change.before()) : update(change.before(), change.after());
        }

        public EntityEdit build() {
            return new EntityEdit(name, changes);
        }
    }
}
