package org.grounded.analysis.network;

import java.util.Objects;
import org.grounded.model.CodingLevel;

/**
 * One node of a {@link CodeNetwork}.
 *
 * @param id        the entity id (as text) of the code, participant, document or group
 * @param colour    #RRGGBB: the code's colour; null for other nodes
 * @param citations groundedness: for a code, its Total in the citations table (its quotations and
 *                  its sub-codes'); for a participant, document or group, the distinct quotations
 *                  of the network's codes in its words
 * @param degree    how many edges of the network touch the node (density)
 * @param central   a code marked core or at the selective level
 * @param isolated  a code with no link to a participant when the network has participant links
 *                  (study A's white categories); otherwise a code with no edge at all
 * @param level     the code's coding level; null for other nodes
 * @param parentId  for a code, its nearest ancestor that is in the network (text id); else null
 */
public record NetworkNode(String id, NodeKind kind, String label, String colour, int citations, int degree,
                          boolean central, boolean isolated, CodingLevel level, String parentId) {

    public NetworkNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    /**
     * The radius, in px at zoom 1, the layouts keep free around the node and the drawings use:
     * grows with the square root of the citations, so the area follows groundedness.
     */
    public double radius() {
        return NetworkSizes.radius(citations);
    }

    /**
     * The room a node takes with its label centred below it, px from its centre: half its width
     * (the node or its label, whichever is wider), and how far it reaches below (the label's
     * line). Above, it reaches {@link #radius()}.
     */
    public double halfWidth() {
        return Math.max(radius(), NetworkSizes.labelWidth(label, radius(), central || !isCode()) / 2);
    }

    /** How far the node and its label reach below its centre, px. */
    public double depthBelow() {
        return radius() + 1.3 * NetworkSizes.labelFontSize(radius());
    }

    public boolean isCode() {
        return kind == NodeKind.CODE;
    }
}
