package org.grounded.ui.codes;

import java.util.List;
import java.util.UUID;

/**
 * A code as the code tree shows it.
 *
 * @param quotations for a category, the quotations coded with it or any of its sub-codes, each
 *                   counted once; for a plain code, its own quotations
 */
public record CodeNode(UUID id, String name, String colour, int quotations, boolean core, List<CodeNode> children) {

    public CodeNode {
        children = List.copyOf(children);
    }

    public boolean isCategory() {
        return !children.isEmpty();
    }
}
