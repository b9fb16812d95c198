package org.grounded.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The code tree of a project, indexed once: the one place that says which codes are categories,
 * what a code's sub-codes and ancestors are, and what a category counts. {@link Project#codeTree()}
 * keeps one per state of the codes, so {@link Project#children}, {@link Project#subtree} and
 * {@link Project#isCategory} no longer scan every code on each call, and the analyses walk the
 * same index.
 *
 * <p>The category rule ({@link #countedCodes}): a quotation counts for each of its codes and, when
 * sub-codes are included, for every category above them, once each; so a quotation coded with two
 * sub-codes of one category counts once for the category. The code tree's Σ
 * ({@link CodeCounts}) and the citations table's category rows both count this way.
 */
public final class CodeTree {

    private final List<Code> treeOrder;
    private final List<Code> roots;
    private final Map<UUID, List<Code>> children;
    private final Map<UUID, Integer> depths = new HashMap<>();
    private final Map<UUID, List<UUID>> ancestorsAndSelf = new HashMap<>();
    private final Map<UUID, Integer> positions = new HashMap<>();

    private CodeTree(Collection<Code> codes) {
        Set<UUID> present = new LinkedHashSet<>();
        codes.forEach(code -> present.add(code.id()));
        Map<UUID, List<Code>> byParent = new LinkedHashMap<>();
        List<Code> topLevel = new ArrayList<>();
        for (Code code : codes) {
            if (code.parentId() == null || !present.contains(code.parentId())) {
                topLevel.add(code);
            } else {
                byParent.computeIfAbsent(code.parentId(), k -> new ArrayList<>()).add(code);
            }
        }
        byParent.replaceAll((parent, list) -> List.copyOf(list));
        this.children = byParent;
        this.roots = List.copyOf(topLevel);
        List<Code> order = new ArrayList<>();
        for (Code root : roots) {
            walk(root, 0, List.of(), order);
        }
        this.treeOrder = List.copyOf(order);
        for (int i = 0; i < order.size(); i++) {
            positions.put(order.get(i).id(), i);
        }
    }

    private void walk(Code code, int depth, List<UUID> ancestors, List<Code> order) {
        order.add(code);
        depths.put(code.id(), depth);
        List<UUID> withSelf = new ArrayList<>(ancestors.size() + 1);
        withSelf.add(code.id());
        withSelf.addAll(ancestors);
        List<UUID> frozen = Collections.unmodifiableList(withSelf);
        ancestorsAndSelf.put(code.id(), frozen);
        for (Code child : children.getOrDefault(code.id(), List.of())) {
            walk(child, depth + 1, frozen, order);
        }
    }

    /** The project's tree, kept by the project while its codes stay as they are. */
    public static CodeTree of(Project project) {
        return project.codeTree();
    }

    /** Indexes codes (in their project order); a code whose parent is not among them is top-level. */
    static CodeTree index(Collection<Code> codes) {
        return new CodeTree(codes);
    }

    /** Every code, depth first: a category is followed by its sub-codes, siblings in project order. */
    public List<Code> inTreeOrder() {
        return treeOrder;
    }

    /** The top-level codes, in project order. */
    public List<Code> roots() {
        return roots;
    }

    /** The direct sub-codes, in project order. */
    public List<Code> children(UUID codeId) {
        return children.getOrDefault(codeId, List.of());
    }

    /** The code and all its sub-codes, depth first; empty for a code not in the tree. */
    public List<Code> subtree(UUID codeId) {
        Integer start = positions.get(codeId);
        if (start == null) {
            return List.of();
        }
        int depth = depths.get(codeId);
        int end = start + 1;
        while (end < treeOrder.size() && depths.get(treeOrder.get(end).id()) > depth) {
            end++;
        }
        return treeOrder.subList(start, end);
    }

    /** 0 for a top-level code. */
    public int depth(UUID codeId) {
        return depths.getOrDefault(codeId, 0);
    }

    /** The code itself first, then its parent, up to the top-level code. */
    public List<UUID> selfAndAncestors(UUID codeId) {
        return ancestorsAndSelf.getOrDefault(codeId, List.of(codeId));
    }

    /** A category is a code with sub-codes. */
    public boolean isCategory(UUID codeId) {
        return children.containsKey(codeId);
    }

    /** Position in tree order, for sorting rows back into the tree; -1 for a code not in the tree. */
    public int position(UUID codeId) {
        return positions.getOrDefault(codeId, -1);
    }

    /**
     * The codes a quotation counts for, each once: its own codes and, with {@code withSubCodes},
     * every category above them (the category rule).
     */
    public Set<UUID> countedCodes(Quotation quotation, boolean withSubCodes) {
        Set<UUID> counted = new LinkedHashSet<>();
        for (UUID codeId : quotation.codeIds()) {
            counted.addAll(withSubCodes ? selfAndAncestors(codeId) : List.of(codeId));
        }
        return counted;
    }
}
