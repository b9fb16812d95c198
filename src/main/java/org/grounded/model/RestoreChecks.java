package org.grounded.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The checks {@link Project#restore} makes on a whole set of stored entities before it adds them
 * one by one, for the damage that adding one by one would misname: two entities that share an id,
 * and codes whose parents go round in a circle (which one by one looks like a missing parent).
 */
final class RestoreChecks {

    private RestoreChecks() {
    }

    /** @throws IllegalArgumentException naming the two entities and their shared id */
    static void requireDistinctIds(Collection<? extends Entity> entities) {
        Map<UUID, Entity> byId = new HashMap<>(entities.size() * 4 / 3 + 1);
        for (Entity entity : entities) {
            Entity first = byId.putIfAbsent(entity.id(), entity);
            if (first != null) {
                String message = first.getClass() == entity.getClass()
                        ? "Two " + kind(entity) + "s share the id " + entity.id() + ": '" + first.label() + "' and '"
                        + entity.label() + "'"
                        : capitalized(article(kind(first))) + " ('" + first.label() + "') and " + article(kind(entity))
                        + " ('" + entity.label() + "') share the id " + entity.id();
                throw new IllegalArgumentException(message);
            }
        }
    }

    /**
     * @param codes the project's codes by id, in the file's order
     * @throws IllegalArgumentException naming the codes of the first cycle, as "A → B → C → A"
     *                                  where each code's parent follows it
     */
    static void requireNoParentCycle(Map<UUID, Code> codes) {
        Set<UUID> done = new HashSet<>();
        for (Code start : codes.values()) {
            List<Code> path = new ArrayList<>();
            Map<UUID, Integer> onPath = new HashMap<>();
            Code current = start;
            while (current != null && !done.contains(current.id())) {
                Integer seenAt = onPath.putIfAbsent(current.id(), path.size());
                if (seenAt != null) {
                    if (current.id().equals(current.parentId())) {
                        throw new IllegalArgumentException("Code '" + current.name() + "' cannot be its own parent");
                    }
                    List<Code> cycle = new ArrayList<>(path.subList(seenAt, path.size()));
                    cycle.add(current);
                    throw new IllegalArgumentException("Codes form a cycle of parents: "
                            + cycle.stream().map(code -> "'" + code.name() + "'").collect(Collectors.joining(" → "))
                            + " (each code's parent follows it)");
                }
                path.add(current);
                current = current.parentId() == null ? null : codes.get(current.parentId());
            }
            path.forEach(code -> done.add(code.id()));
        }
    }

    /** "code", "document", "attribute definition", "relation type". */
    private static String kind(Entity entity) {
        return entity.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static String article(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
