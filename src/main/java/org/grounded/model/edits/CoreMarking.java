package org.grounded.model.edits;

/** What a change of coding level does to the codes' core mark. */
public enum CoreMarking {
    /** Marks every code as a core category or theme. */
    MARK_CORE,
    /** Takes the core mark off every code. */
    UNMARK_CORE,
    /** Leaves each code's core mark as it is. */
    KEEP
}
