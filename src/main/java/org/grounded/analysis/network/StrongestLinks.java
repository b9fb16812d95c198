package org.grounded.analysis.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A network cut to its strongest weighted links (participant links, co-occurrence), so that the
 * figure of a large study stays readable: a thousand transcripts give some 16,000 participant
 * links, which drawn all at once hide every one of them. Relations and hierarchy links are always
 * kept. A node stays when a kept link touches it, or when it was isolated in the whole network
 * (study A's white categories, which a figure shows apart); nodes whose every link was cut are
 * left out. Degrees are counted again over the kept links.
 *
 * @param network      the network kept
 * @param minimum      the least weight a weighted link needs to be kept; 0 when nothing is cut
 * @param totalLinks   the links of the whole network
 * @param totalCodes   the codes of the whole network
 * @param totalOthers  the other nodes (participants, documents, groups) of the whole network
 */
public record StrongestLinks(CodeNetwork network, double minimum, int totalLinks, int totalCodes, int totalOthers) {

    /**
     * The most weighted links a figure draws by default. About four per participant of a
     * sixty-participant study: the strongest citations stand out and each can be followed by eye.
     */
    public static final int DEFAULT_MOST_LINKS = 250;

    /** Every link kept. */
    public static StrongestLinks all(CodeNetwork network) {
        return atLeast(network, 0);
    }

    /**
     * The weighted links of at least {@code minimum} weight (every link when it is 0 or less).
     */
    public static StrongestLinks atLeast(CodeNetwork network, double minimum) {
        int codes = (int) network.nodes().stream().filter(NetworkNode::isCode).count();
        int others = network.nodes().size() - codes;
        if (minimum <= 0 || network.edges().stream().noneMatch(edge -> weighted(edge) && edge.weight() < minimum)) {
            return new StrongestLinks(network, 0, network.edges().size(), codes, others);
        }
        List<NetworkEdge> kept = network.edges().stream()
                .filter(edge -> !weighted(edge) || edge.weight() >= minimum).toList();
        return new StrongestLinks(keep(network, kept), minimum, network.edges().size(), codes, others);
    }

    /**
     * At most {@code mostLinks} weighted links, the strongest: the least weight that keeps no more
     * than that many. Links of equal weight are kept or cut together; when even the strongest
     * weight has more links than that (all links weigh alike), those are kept, over the number.
     */
    public static StrongestLinks strongest(CodeNetwork network, int mostLinks) {
        if (mostLinks < 0) {
            throw new IllegalArgumentException("The number of links cannot be negative: " + mostLinks);
        }
        double[] weights = network.edges().stream().filter(StrongestLinks::weighted)
                .mapToDouble(NetworkEdge::weight).sorted().toArray();
        if (weights.length <= mostLinks) {
            return all(network);
        }
        // Ascending: the first weight above the one at the cut keeps the links strictly above it.
        double atCut = weights[weights.length - 1 - mostLinks];
        double minimum = weights[weights.length - 1];
        for (int i = weights.length - mostLinks; i < weights.length; i++) {
            if (weights[i] > atCut) {
                minimum = weights[i];
                break;
            }
        }
        return atLeast(network, minimum);
    }

    /** Whether links were left out. */
    public boolean cut() {
        return network.edges().size() < totalLinks;
    }

    /** Whether every weighted link of the network is a participant link, so "cited" describes its weight. */
    public boolean citations() {
        return network.edges().stream().filter(StrongestLinks::weighted)
                .allMatch(edge -> edge.kind() == EdgeKind.PARTICIPANT_LINK);
    }

    /** Whether links of the kinds always kept (relations, hierarchy) are among those shown. */
    public boolean keptUnweighted() {
        return network.edges().stream().anyMatch(edge -> !weighted(edge));
    }

    /** The links a weight decides: participant links and co-occurrence. */
    static boolean weighted(NetworkEdge edge) {
        return edge.kind() == EdgeKind.PARTICIPANT_LINK || edge.kind() == EdgeKind.COOCCURRENCE;
    }

    private static CodeNetwork keep(CodeNetwork network, List<NetworkEdge> kept) {
        Map<String, Integer> degrees = new HashMap<>();
        Set<String> touched = new HashSet<>();
        for (NetworkEdge edge : kept) {
            touched.add(edge.sourceId());
            touched.add(edge.targetId());
            degrees.merge(edge.sourceId(), 1, Integer::sum);
            if (!edge.targetId().equals(edge.sourceId())) {
                degrees.merge(edge.targetId(), 1, Integer::sum);
            }
        }
        List<NetworkNode> nodes = new ArrayList<>();
        for (NetworkNode node : network.nodes()) {
            if (touched.contains(node.id()) || node.isolated()) {
                nodes.add(new NetworkNode(node.id(), node.kind(), node.label(), node.colour(), node.citations(),
                        degrees.getOrDefault(node.id(), 0), node.central(), node.isolated(), node.level(),
                        node.parentId()));
            }
        }
        return new CodeNetwork(nodes, kept);
    }
}
