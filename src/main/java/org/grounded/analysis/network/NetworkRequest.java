package org.grounded.analysis.network;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What network to build from a project.
 *
 * @param codes              which codes become nodes
 * @param extraNodeKinds     node kinds besides codes: participants, documents, participant groups
 *                           ({@link NodeKind#CODE} here is ignored: codes are always nodes)
 * @param edgeKinds          which kinds of edges to draw
 * @param cooccurrenceWeight the co-occurrence count or its c-coefficient
 * @param minimumWeight      co-occurrence edges lighter than this are left out (other kinds are
 *                           never filtered by weight); edges of weight 0 are never drawn
 * @param linkingWord        the label of every participant link, such as "mentions"
 * @param onlyNodeIds        empty for every node the selection gives; otherwise only these nodes
 *                           (a saved network's members), and only the edges between them
 */
public record NetworkRequest(CodeSelection codes, Set<NodeKind> extraNodeKinds, Set<EdgeKind> edgeKinds,
                             CooccurrenceWeight cooccurrenceWeight, double minimumWeight, String linkingWord,
                             Set<String> onlyNodeIds) {

    public static final String DEFAULT_LINKING_WORD = "mentions";

    public NetworkRequest {
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(cooccurrenceWeight, "cooccurrenceWeight");
        extraNodeKinds = extraNodeKinds == null || extraNodeKinds.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(extraNodeKinds));
        edgeKinds = edgeKinds == null ? Set.of() : Set.copyOf(edgeKinds);
        if (Double.isNaN(minimumWeight) || minimumWeight < 0) {
            throw new IllegalArgumentException("The minimum weight must be 0 or more, not " + minimumWeight);
        }
        linkingWord = linkingWord == null || linkingWord.isBlank() ? DEFAULT_LINKING_WORD : linkingWord.strip();
        onlyNodeIds = onlyNodeIds == null ? Set.of() : Set.copyOf(onlyNodeIds);
    }

    /**
     * Study A's Figure 1: every code and every participant, each participant linked to the codes
     * it cites ("mentions"), with the named relations between codes.
     */
    public static NetworkRequest figureOne() {
        return new NetworkRequest(CodeSelection.all(), Set.of(NodeKind.PARTICIPANT),
                Set.of(EdgeKind.PARTICIPANT_LINK, EdgeKind.RELATION), CooccurrenceWeight.COUNT, 0,
                DEFAULT_LINKING_WORD, Set.of());
    }

    /** Every code, co-occurrence counts and relations, no other nodes. */
    public static NetworkRequest codeMap() {
        return new NetworkRequest(CodeSelection.all(), Set.of(), Set.of(EdgeKind.COOCCURRENCE, EdgeKind.RELATION),
                CooccurrenceWeight.COUNT, 1, DEFAULT_LINKING_WORD, Set.of());
    }

    public NetworkRequest withCodes(CodeSelection newCodes) {
        return new NetworkRequest(newCodes, extraNodeKinds, edgeKinds, cooccurrenceWeight, minimumWeight,
                linkingWord, onlyNodeIds);
    }

    public NetworkRequest withExtraNodeKinds(Set<NodeKind> newKinds) {
        return new NetworkRequest(codes, newKinds, edgeKinds, cooccurrenceWeight, minimumWeight, linkingWord,
                onlyNodeIds);
    }

    public NetworkRequest withEdgeKinds(Set<EdgeKind> newKinds) {
        return new NetworkRequest(codes, extraNodeKinds, newKinds, cooccurrenceWeight, minimumWeight, linkingWord,
                onlyNodeIds);
    }

    public NetworkRequest withCooccurrenceWeight(CooccurrenceWeight newWeight, double newMinimum) {
        return new NetworkRequest(codes, extraNodeKinds, edgeKinds, newWeight, newMinimum, linkingWord, onlyNodeIds);
    }

    public NetworkRequest withLinkingWord(String newWord) {
        return new NetworkRequest(codes, extraNodeKinds, edgeKinds, cooccurrenceWeight, minimumWeight, newWord,
                onlyNodeIds);
    }

    public NetworkRequest withOnlyNodeIds(Set<String> newIds) {
        return new NetworkRequest(codes, extraNodeKinds, edgeKinds, cooccurrenceWeight, minimumWeight, linkingWord,
                newIds);
    }
}
