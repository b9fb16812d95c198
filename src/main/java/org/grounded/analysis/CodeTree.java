package org.grounded.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Project;

/**
 * The code tree of a project, indexed once. {@link Project#children} scans every code on each
 * call, which is fine for one lookup but quadratic for a table that walks the whole tree; the
 * analyses build this index once per run instead.
 */
public final class CodeTree {

    private final List<Code> treeOrder;
    private final Map<UUID, Integer> depths;
    private final Map<UUID, List<UUID>> ancestorsAndSelf;
    private final Map<UUID, Boolean> hasChildren;
    private final Map<UUID, Integer> positions = new HashMap<>();

    private CodeTree(Project project) {
        Map<UUID, List<Code>> children = new LinkedHashMap<>();
        List<Code> roots = new ArrayList<>();
        for (Code code : project.codes()) {
            if (code.parentId() == null || project.code(code.parentId()).isEmpty()) {
                roots.add(code);
            } else {
                children.computeIfAbsent(code.parentId(), k -> new ArrayList<>()).add(code);
            }
        }
        List<Code> order = new ArrayList<>();
        Map<UUID, Integer> depth = new HashMap<>();
        Map<UUID, List<UUID>> lineage = new HashMap<>();
        for (Code root : roots) {
            walk(root, 0, List.of(), children, order, depth, lineage);
        }
        this.treeOrder = List.copyOf(order);
        this.depths = depth;
        this.ancestorsAndSelf = lineage;
        this.hasChildren = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            UUID id = order.get(i).id();
            hasChildren.put(id, children.containsKey(id));
            positions.put(id, i);
        }
    }

    private static void walk(Code code, int depth, List<UUID> ancestors, Map<UUID, List<Code>> children,
                             List<Code> order, Map<UUID, Integer> depths, Map<UUID, List<UUID>> lineage) {
        order.add(code);
        depths.put(code.id(), depth);
        List<UUID> withSelf = new ArrayList<>(ancestors.size() + 1);
        withSelf.add(code.id());
        withSelf.addAll(ancestors);
        List<UUID> frozen = Collections.unmodifiableList(withSelf);
        lineage.put(code.id(), frozen);
        for (Code child : children.getOrDefault(code.id(), List.of())) {
            walk(child, depth + 1, frozen, children, order, depths, lineage);
        }
    }

    public static CodeTree of(Project project) {
        return new CodeTree(project);
    }

    /** Every code, depth first: a category is followed by its sub-codes, siblings in project order. */
    public List<Code> inTreeOrder() {
        return treeOrder;
    }

    /** 0 for a top-level code. */
    public int depth(UUID codeId) {
        return depths.getOrDefault(codeId, 0);
    }

    /** The code itself first, then its parent, up to the top-level code. */
    public List<UUID> selfAndAncestors(UUID codeId) {
        return ancestorsAndSelf.getOrDefault(codeId, List.of(codeId));
    }

    /** A category is a code with sub-codes, as {@link Project#isCategory} says. */
    public boolean isCategory(UUID codeId) {
        return hasChildren.getOrDefault(codeId, false);
    }

    /** Position in tree order, for sorting rows back into the tree. */
    public int position(UUID codeId) {
        return positions.getOrDefault(codeId, -1);
    }
}
