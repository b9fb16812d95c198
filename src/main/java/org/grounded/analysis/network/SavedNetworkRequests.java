package org.grounded.analysis.network;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.grounded.model.NetworkSettings;
import org.grounded.model.SavedNetwork;

/**
 * The request a saved network stands for. The model keeps a network's settings as plain names
 * (it does not know this package); here they become the analysis's types. The contract named
 * this {@code NetworkRequest.from(SavedNetwork)}; it lives in a class of its own so the request
 * record stays the core's.
 */
public final class SavedNetworkRequests {

    private SavedNetworkRequests() {
    }

    /** What the network shows: its settings, narrowed to its members when it has any. */
    public static NetworkRequest from(SavedNetwork network) {
        Set<String> members = new LinkedHashSet<>();
        network.memberIds().forEach(id -> members.add(id.toString()));
        return from(network.settings()).withOnlyNodeIds(members);
    }

    /** The settings alone, for every node they give. */
    public static NetworkRequest from(NetworkSettings settings) {
        CodeSelection codes = new CodeSelection(CodeSelection.Kind.valueOf(settings.codeSelection()),
                settings.codeSelectionId(), settings.codeLevel());
        Set<NodeKind> nodeKinds = EnumSet.noneOf(NodeKind.class);
        settings.extraNodeKinds().forEach(kind -> nodeKinds.add(NodeKind.valueOf(kind)));
        Set<EdgeKind> edgeKinds = EnumSet.noneOf(EdgeKind.class);
        settings.edgeKinds().forEach(kind -> edgeKinds.add(EdgeKind.valueOf(kind)));
        return new NetworkRequest(codes, nodeKinds, edgeKinds, CooccurrenceWeight.valueOf(settings.cooccurrenceWeight()),
                settings.minimumWeight(), settings.linkingWord(), Set.of());
    }

    /** The settings that give this request (its node filter aside), to save it. */
    public static NetworkSettings settingsOf(NetworkRequest request) {
        Set<String> nodeKinds = new LinkedHashSet<>();
        request.extraNodeKinds().stream().filter(kind -> kind != NodeKind.CODE).sorted()
                .forEach(kind -> nodeKinds.add(kind.name()));
        Set<String> edgeKinds = new LinkedHashSet<>();
        request.edgeKinds().stream().sorted().forEach(kind -> edgeKinds.add(kind.name()));
        CodeSelection codes = request.codes();
        return new NetworkSettings(codes.kind().name(), codes.id(), codes.level(), nodeKinds, edgeKinds,
                request.cooccurrenceWeight().name(), request.minimumWeight(), request.linkingWord());
    }
}
