package org.grounded.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        return of(project.codeTree(), project.quotations());
    }

    /**
     * The counts of these quotations under this tree: what {@link #of(Project)} counts, for a
     * count made off the owner's thread (the tree taken there, the quotations read through
     * {@link Project#readConsistently}).
     */
    public static CodeCounts of(CodeTree tree, Iterable<Quotation> quotations) {
        Map<UUID, Integer> direct = new HashMap<>();
        Map<UUID, Integer> aggregated = new HashMap<>();
        for (Quotation quotation : quotations) {
            quotation.codeIds().forEach(codeId -> direct.merge(codeId, 1, Integer::sum));
            tree.countedCodes(quotation, true).forEach(codeId -> aggregated.merge(codeId, 1, Integer::sum));
        }
        return new CodeCounts(Map.copyOf(direct), Map.copyOf(aggregated));
    }

    /**
     * These counts after quotation changes (an edit's, applied or, for an undo, reverted): each
     * quotation's old codes, and the categories above them, count one less, its new ones one more,
     * without a pass over every quotation; what a coding action costs the code tree. The tree's
     * shape must be as it was when these counts were made (a code added, removed or moved needs
     * {@link #of}).
     */
    public CodeCounts updated(Project project, List<Change> quotationChanges, EditDirection direction) {
        if (quotationChanges.isEmpty()) {
            return this;
        }
        CodeTree tree = project.codeTree();
        int sign = direction == EditDirection.APPLIED ? 1 : -1;
        Map<UUID, Integer> newDirect = new HashMap<>(direct);
        Map<UUID, Integer> newAggregated = new HashMap<>(aggregated);
        for (Change change : quotationChanges) {
            if (change.before() instanceof Quotation before) {
                count(newDirect, newAggregated, tree, before, -sign);
            }
            if (change.after() instanceof Quotation after) {
                count(newDirect, newAggregated, tree, after, sign);
            }
        }
        newDirect.values().removeIf(count -> count == 0);
        newAggregated.values().removeIf(count -> count == 0);
        return new CodeCounts(Map.copyOf(newDirect), Map.copyOf(newAggregated));
    }

    private static void count(Map<UUID, Integer> direct, Map<UUID, Integer> aggregated, CodeTree tree,
                              Quotation quotation, int by) {
        quotation.codeIds().forEach(codeId -> direct.merge(codeId, by, Integer::sum));
        tree.countedCodes(quotation, true).forEach(codeId -> aggregated.merge(codeId, by, Integer::sum));
    }

    /** The distinct quotations coded with the code or any of its sub-codes. */
    public static int aggregated(Project project, UUID codeId) {
        return aggregated(project, project.codeTree(), codeId);
    }

    private static int aggregated(Project project, CodeTree tree, UUID codeId) {
        List<Code> subtree = tree.subtree(codeId);
        if (subtree.size() <= 1) {
            return project.quotationCount(codeId);
        }
        Set<UUID> quotations = new HashSet<>();
        for (Code code : subtree) {
            quotations.addAll(project.quotationIdsWithCode(code.id()));
        }
        return quotations.size();
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
