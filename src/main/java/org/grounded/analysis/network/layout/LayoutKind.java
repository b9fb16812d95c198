package org.grounded.analysis.network.layout;

/** The automatic layouts. */
public enum LayoutKind {
    /** ForceAtlas2 with a Barnes–Hut approximation of repulsion. */
    FORCE,
    /** Study A's Figure 1: participants on a ring, codes between the participants citing them, isolated codes apart. */
    FIGURE,
    /** The code tree in layers, categories above their sub-codes. */
    TREE
}
