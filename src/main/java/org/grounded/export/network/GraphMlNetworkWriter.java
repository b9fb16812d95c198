package org.grounded.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;

/**
 * Writes a network as GraphML (yEd, Cytoscape, igraph, NetworkX): nodes with their kind, label,
 * citations, degree, central and isolated marks, coding level, colour, size and position as
 * drawn (x right, y down, as on screen); edges with kind, label, weight, and directed ones marked
 * {@code directed="true"} in an otherwise undirected graph.
 */
public final class GraphMlNetworkWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private record Key(String id, String domain, String type) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("label", "node", "string"), new Key("kind", "node", "string"), new Key("citations", "node", "int"),
            new Key("degree", "node", "int"), new Key("central", "node", "boolean"), new Key("isolated", "node", "boolean"),
            new Key("level", "node", "string"), new Key("colour", "node", "string"), new Key("size", "node", "double"),
            new Key("x", "node", "double"), new Key("y", "node", "double"),
            new Key("edgeLabel", "edge", "string"), new Key("edgeKind", "edge", "string"),
            new Key("weight", "edge", "double"));

    private GraphMlNetworkWriter() {
    }

    /** Writes the network with the places, colours and sizes of its drawing; does not close the stream. */
    public static void write(CodeNetwork network, NetworkDrawing drawing, OutputStream out) throws IOException {
        Map<String, DrawnNode> drawn = DrawnNodes.byId(drawing);
        NetworkXml.write(out, "GraphML", xml -> {
            xml.start("graphml");
            xml.raw().writeDefaultNamespace(NAMESPACE);
            xml.raw().writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.raw().writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            for (Key key : KEYS) {
                String name = key.id().equals("edgeLabel") ? "label" : key.id().equals("edgeKind") ? "kind" : key.id();
                xml.empty("key", "id", key.id(), "for", key.domain(), "attr.name", name, "attr.type", key.type());
            }
            xml.start("graph", "id", "G", "edgedefault", "undirected");
            for (NetworkNode node : network.nodes()) {
                node(xml, node, DrawnNodes.require(drawn, node));
            }
            for (NetworkEdge edge : network.edges()) {
                edge(xml, edge);
            }
            xml.end();
            xml.end();
        });
    }

    private static void node(NetworkXml xml, NetworkNode node, DrawnNode drawn) throws XMLStreamException {
        xml.start("node", "id", node.id());
        xml.text("data", node.label(), "key", "label");
        xml.text("data", NetworkXml.kind(node.kind()), "key", "kind");
        xml.text("data", Integer.toString(node.citations()), "key", "citations");
        xml.text("data", Integer.toString(node.degree()), "key", "degree");
        xml.text("data", Boolean.toString(node.central()), "key", "central");
        xml.text("data", Boolean.toString(node.isolated()), "key", "isolated");
        if (node.level() != null) {
            xml.text("data", NetworkXml.level(node), "key", "level");
        }
        xml.text("data", drawn.fill(), "key", "colour");
        xml.text("data", NetworkXml.number(drawn.radius()), "key", "size");
        xml.text("data", NetworkXml.number(drawn.x()), "key", "x");
        xml.text("data", NetworkXml.number(drawn.y()), "key", "y");
        xml.end();
    }

    private static void edge(NetworkXml xml, NetworkEdge edge) throws XMLStreamException {
        if (edge.directed()) {
            xml.start("edge", "id", edge.id(), "source", edge.sourceId(), "target", edge.targetId(), "directed", "true");
        } else {
            xml.start("edge", "id", edge.id(), "source", edge.sourceId(), "target", edge.targetId());
        }
        if (!edge.label().isEmpty()) {
            xml.text("data", edge.label(), "key", "edgeLabel");
        }
        xml.text("data", NetworkXml.kind(edge.kind()), "key", "edgeKind");
        xml.text("data", NetworkXml.number(edge.weight()), "key", "weight");
        xml.end();
    }
}
