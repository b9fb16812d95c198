package org.grounded.export.network;

/** The outline of a drawn node, so that kinds are told apart without colour too (printed in grey). */
public enum NodeShape {
    /** A code. */
    CIRCLE,
    /** A participant. */
    ROUNDED_SQUARE,
    /** A document. */
    SQUARE,
    /** A participant group. */
    DIAMOND
}
