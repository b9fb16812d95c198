package org.grounded.model;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Quotation counts for the code tree: per code, the quotations coded with exactly that code
 * ({@link #direct}) and the distinct quotations coded with it or any of its sub-codes
 * ({@link #aggregated}), so a quotation coded with two sub-codes of a category counts once for
 * the category: the category rule of {@link CodeTree#countedCodes}, which the citations table's
 * category rows follow too. Built in one pass over the quotations.
 */
public final class CodeCounts {

    private final Map<UUID, Integer> direct;
    private final Map<UUID, Integer> aggregated;

    private CodeCounts(Map<UUID, Integer> direct, Map<UUID, Integer> aggregated) {
        this.direct = direct;
        this.aggregated = aggregated;
    }

    public static CodeCounts of(Project project) {
        CodeTree tree = project.codeTree();
        Map<UUID, Integer> direct = new HashMap<>();
        Map<UUID, Integer> aggregated = new HashMap<>();
        for (Quotation quotation : project.quotations()) {
            quotation.codeIds().forEach(codeId -> direct.merge(codeId, 1, Integer::sum));
            tree.countedCodes(quotation, true).forEach(codeId -> aggregated.merge(codeId, 1, Integer::sum));
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
