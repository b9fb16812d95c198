package org.grounded.analysis.network;

/** The kinds of links a {@link CodeNetwork} can draw, each switched on or off by the request. */
public enum EdgeKind {
    /** Two codes whose passages overlap, weighted as the co-occurrence matrix counts them. */
    COOCCURRENCE,
    /** A named relation from axial coding, labelled with its type and directed when the type is. */
    RELATION,
    /**
     * A participant (or document, or participant group) to a code it cites, weighted by that
     * cell of the citations table and labelled with the network's linking word.
     */
    PARTICIPANT_LINK,
    /** A sub-code to its category (its nearest ancestor in the network), directed. */
    HIERARCHY
}
