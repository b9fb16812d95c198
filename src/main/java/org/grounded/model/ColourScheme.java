package org.grounded.model;

/** How a network's nodes are coloured. */
public enum ColourScheme {
    /** Each code in its own colour, as in the code tree. */
    CODE,
    /** By coding level: open, axial, selective. */
    LEVEL,
    /**
     * As study A's Figure 1: central categories yellow, participants blue, categories with no
     * link drawn white with a border, the other categories light.
     */
    FIGURE
}
