package org.grounded.ui.network;

import java.util.LinkedHashSet;
import java.util.Set;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkBuilder;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkRequest;
import org.grounded.analysis.network.NodeKind;
import org.grounded.model.EditName;
import org.grounded.model.Project;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The context menu's ways to grow a network around a node, as Atlas.ti's network editor offers
 * them: the node's neighbours, the codes co-occurring with it, the participants who cite it. They
 * are found in the whole network the settings give (no member limit), with the edges and nodes
 * each way needs switched on.
 */
public enum Growth {
    NEIGHBOURS,
    COOCCURRING_CODES,
    CITING_PARTICIPANTS;

    /** The context menu's words for this way of growing, in the window's language. */
    public String label() {
        return switch (this) {
            case NEIGHBOURS -> lang("Add neighbours");
            case COOCCURRING_CODES -> lang("Add co-occurring codes");
            case CITING_PARTICIPANTS -> lang("Add participants who cite it");
        };
    }

    /** The context menu's words for this way of growing, as the name of the edit it makes. */
    public EditName labelName() {
        return switch (this) {
            case NEIGHBOURS -> EditName.of("Add neighbours");
            case COOCCURRING_CODES -> EditName.of("Add co-occurring codes");
            case CITING_PARTICIPANTS -> EditName.of("Add participants who cite it");
        };
    }

    /** The settings this way of growing needs: co-occurrence edges, or participants and their links. */
    public NetworkRequest request(NetworkRequest settings) {
        NetworkRequest whole = settings.withOnlyNodeIds(Set.of());
        return switch (this) {
            case NEIGHBOURS -> whole;
            case COOCCURRING_CODES -> whole.withEdgeKinds(with(whole.edgeKinds(), EdgeKind.COOCCURRENCE));
            case CITING_PARTICIPANTS -> whole.withExtraNodeKinds(with(whole.extraNodeKinds(), NodeKind.PARTICIPANT))
                    .withEdgeKinds(with(whole.edgeKinds(), EdgeKind.PARTICIPANT_LINK));
        };
    }

    /** The ids of the nodes this way adds around {@code nodeId}, in edge order. */
    public Set<String> around(Project project, NetworkRequest settings, String nodeId) {
        CodeNetwork all = NetworkBuilder.build(project, request(settings));
        Set<String> found = new LinkedHashSet<>();
        for (NetworkEdge edge : all.edgesOf(nodeId)) {
            String other = edge.otherEnd(nodeId);
            boolean wanted = switch (this) {
                case NEIGHBOURS -> true;
                case COOCCURRING_CODES -> edge.kind() == EdgeKind.COOCCURRENCE;
                case CITING_PARTICIPANTS -> edge.kind() == EdgeKind.PARTICIPANT_LINK
                        && all.node(other).map(node -> node.kind() == NodeKind.PARTICIPANT).orElse(false);
            };
            if (wanted && !other.equals(nodeId)) {
                found.add(other);
            }
        }
        return found;
    }

    private static <E extends Enum<E>> Set<E> with(Set<E> set, E extra) {
        Set<E> result = new LinkedHashSet<>(set);
        result.add(extra);
        return result;
    }
}
