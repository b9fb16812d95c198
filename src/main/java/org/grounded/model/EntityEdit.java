package org.grounded.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An edit made of entity changes applied in order and reverted in reverse order. Every edit of
 * the study's data is one of these, so the user interface can refresh exactly what changed.
 */
public final class EntityEdit implements Edit {

    private final String description;
    private final List<Change> changes;

    private EntityEdit(String description, List<Change> changes) {
        this.description = Objects.requireNonNull(description);
        this.changes = List.copyOf(changes);
    }

    public static Builder builder(String description) {
        return new Builder(description);
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

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void applyTo(Project project) {
        run(project, changes);
    }

    @Override
    public void revertFrom(Project project) {
        List<Change> inverse = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            inverse.add(changes.get(i).inverse());
        }
        run(project, inverse);
    }

    /** Runs the changes; if one is refused, undoes those already made so the edit is all or nothing. */
    private static void run(Project project, List<Change> steps) {
        int done = 0;
        try {
            for (Change change : steps) {
                project.perform(change);
                done++;
            }
        } catch (RuntimeException e) {
            for (int i = done - 1; i >= 0; i--) {
                project.perform(steps.get(i).inverse());
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return description + " (" + changes.size() + " changes)";
    }

    /** Collects the changes of one edit. */
    public static final class Builder {
        private final String description;
        private final List<Change> changes = new ArrayList<>();

        private Builder(String description) {
            this.description = description;
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

        public EntityEdit build() {
            return new EntityEdit(description, changes);
        }
    }
}
