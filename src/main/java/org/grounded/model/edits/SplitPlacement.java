package org.grounded.model.edits;

/** Where the new code of a split goes in the code tree. */
public enum SplitPlacement {
    /** Beside the original code, under the same parent. */
    SIBLING,
    /** Under the original code, which becomes a category. */
    CHILD
}
