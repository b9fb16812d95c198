package org.grounded.model;

/**
 * One entity before and after an edit: an addition has no {@code before}, a removal no
 * {@code after}, an update has both with the same id.
 */
public record Change(Entity before, Entity after) {

    public Change {
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change needs a before or an after");
        }
        if (before != null && after != null
                && (!before.id().equals(after.id()) || before.getClass() != after.getClass())) {
            throw new IllegalArgumentException("An update must keep the entity's id and kind");
        }
    }

    public Change inverse() {
        return new Change(after, before);
    }

    /** The entity as it is after the change, or before it for a removal. */
    public Entity subject() {
        return after != null ? after : before;
    }
}
