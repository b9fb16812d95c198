package org.grounded.model.edits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Order-keeping operations on the id lists and sets that entities hold. */
final class Ids {

    private Ids() {
    }

    /** The set with {@code id} replaced by {@code replacement} in its place, or dropped if already there. */
    static Set<UUID> replace(Set<UUID> ids, UUID id, UUID replacement) {
        Set<UUID> result = new LinkedHashSet<>();
        for (UUID each : ids) {
            result.add(each.equals(id) ? replacement : each);
        }
        return result;
    }

    /** The list with {@code id} replaced by {@code replacement} in its place, or dropped if already there. */
    static List<UUID> replace(List<UUID> ids, UUID id, UUID replacement) {
        return List.copyOf(replace(new LinkedHashSet<>(ids), id, replacement));
    }

    static List<UUID> without(List<UUID> ids, UUID id) {
        List<UUID> result = new ArrayList<>(ids);
        result.remove(id);
        return result;
    }

    static Set<UUID> without(Set<UUID> ids, UUID id) {
        Set<UUID> result = new LinkedHashSet<>(ids);
        result.remove(id);
        return result;
    }

    static Set<UUID> with(Set<UUID> ids, Collection<UUID> more) {
        Set<UUID> result = new LinkedHashSet<>(ids);
        result.addAll(more);
        return result;
    }
}
