package org.grounded.ui.codes;

import java.util.List;
import java.util.UUID;
import org.grounded.model.CodingLevel;

/**
 * A code as the code tree shows it.
 *
 * @param direct     the quotations coded with exactly this code
 * @param quotations for a category, the quotations coded with it or any of its sub-codes, each
 *                   counted once; for a plain code, its own quotations
 * @param matches    whether the code passes the tree's filter; a category that does not is shown
 *                   only because a sub-code does
 */
public record CodeNode(UUID id, String name, String colour, int direct, int quotations, CodingLevel level,
                       boolean core, boolean matches, List<CodeNode> children) {

    public CodeNode {
        children = List.copyOf(children);
    }

    public boolean isCategory() {
        return !children.isEmpty();
    }

    /** The same code with other children and filter result. */
    CodeNode with(List<CodeNode> newChildren, boolean newMatches) {
        return new CodeNode(id, name, colour, direct, quotations, level, core, newMatches, newChildren);
    }
}
