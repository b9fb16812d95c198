package org.grounded.analysis.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A network of codes and, optionally, participants, documents and participant groups: a plain
 * value built by {@link NetworkBuilder#build}, read by the window, the exports and the command
 * line alike. Nodes come codes first (in code-tree order), then participants, documents and
 * groups in project order; edges come kind by kind in a stable order.
 */
public record CodeNetwork(List<NetworkNode> nodes, List<NetworkEdge> edges) {

    public CodeNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Map<String, NetworkNode> byId = new HashMap<>();
        for (NetworkNode node : nodes) {
            if (byId.put(node.id(), node) != null) {
                throw new IllegalArgumentException("Node " + node.id() + " is in the network twice");
            }
        }
        for (NetworkEdge edge : edges) {
            if (!byId.containsKey(edge.sourceId()) || !byId.containsKey(edge.targetId())) {
                throw new IllegalArgumentException("Edge " + edge.id() + " ends at a node that is not in the network");
            }
        }
    }

    public static CodeNetwork empty() {
        return new CodeNetwork(List.of(), List.of());
    }

    public Optional<NetworkNode> node(String id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
    }

    /** The edges touching a node, in network order. */
    public List<NetworkEdge> edgesOf(String id) {
        return edges.stream().filter(edge -> edge.touches(id)).toList();
    }

    /** The nodes joined to a node by an edge, each once, in edge order. */
    public List<NetworkNode> neighbours(String id) {
        Map<String, NetworkNode> byId = nodesById();
        Map<String, NetworkNode> result = new LinkedHashMap<>();
        for (NetworkEdge edge : edgesOf(id)) {
            String other = edge.otherEnd(id);
            if (!other.equals(id)) {
                result.put(other, byId.get(other));
            }
        }
        return new ArrayList<>(result.values());
    }

    /** Node id to node, in network order. */
    public Map<String, NetworkNode> nodesById() {
        Map<String, NetworkNode> byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.put(node.id(), node));
        return Collections.unmodifiableMap(byId);
    }
}
