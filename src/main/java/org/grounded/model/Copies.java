package org.grounded.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable copies that keep insertion order. Order matters: the project file is diffed by
 * researchers under version control, and a stable order keeps those diffs small.
 */
final class Copies {

    private Copies() {
    }

    static <T> Set<T> orderedSet(Collection<T> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        values.forEach(Objects::requireNonNull);
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    static <T> List<T> distinctList(Collection<T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(values));
    }

    static <K, V> Map<K, V> orderedMap(Map<K, V> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        values.forEach((k, v) -> {
            Objects.requireNonNull(k);
            Objects.requireNonNull(v);
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
