package org.grounded.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Quotation counts for the code tree: per code, the quotations coded with exactly that code
 * ({@link #direct}) and the distinct quotations coded with it or any of its sub-codes
 * ({@link #aggregated}), so a quotation coded with two sub-codes of a category counts once for
 * the category. Built in one pass over the quotations, walking each code's ancestors.
 */
public final class CodeCounts {

    private final Map<UUID, Integer> direct;
    private final Map<UUID, Integer> aggregated;

    private CodeCounts(Map<UUID, Integer> direct, Map<UUID, Integer> aggregated) {
        this.direct = direct;
        this.aggregated = aggregated;
    }

    public static CodeCounts of(Project project) {
        Map<UUID, UUID> parents = new HashMap<>();
        project.codes().forEach(code -> {
            if (code.parentId() != null) {
                parents.put(code.id(), code.parentId());
            }
        });
        Map<UUID, Integer> direct = new HashMap<>();
        Map<UUID, Integer> aggregated = new HashMap<>();
        Set<UUID> counted = new HashSet<>();
        for (Quotation quotation : project.quotations()) {
            counted.clear();
            for (UUID codeId : quotation.codeIds()) {
                direct.merge(codeId, 1, Integer::sum);
                // The project refuses cycles, so each walk ends at a top-level code; stop early
                // at an ancestor this quotation already counted.
                for (UUID id = codeId; id != null && counted.add(id); id = parents.get(id)) {
                    aggregated.merge(id, 1, Integer::sum);
                }
            }
        }
        return new CodeCounts(Map.copyOf(direct), Map.copyOf(aggregated));
    }

    /** The quotations coded with exactly this code. */
    public int direct(UUID codeId) {
        return direct.getOrDefault(codeId, 0);
    }

    /** The distinct quotations coded with this code or any of its sub-codes. */
    public int aggregated(UUID codeId) {
        return aggregated.getOrDefault(codeId, 0);
    }
}
