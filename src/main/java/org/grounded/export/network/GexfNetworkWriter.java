package org.grounded.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;

/**
 * Writes a network as GEXF 1.3, so that Gephi opens it with the same picture: {@code viz:position},
 * {@code viz:color}, {@code viz:size} and {@code viz:shape} per node; node kind, citations,
 * degree, central, isolated and coding level as attributes; edges with weight, label, kind and
 * type (directed or undirected). Gephi's y axis points up, the drawing's down: y is written
 * negated so that the picture is not mirrored.
 */
public final class GexfNetworkWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GexfNetworkWriter() {
    }

    /** Writes the network with the places, colours and sizes of its drawing; does not close the stream. */
    public static void write(CodeNetwork network, NetworkDrawing drawing, OutputStream out) throws IOException {
        Map<String, DrawnNode> drawn = DrawnNodes.byId(drawing);
        NetworkXml.write(out, "GEXF", xml -> {
            xml.start("gexf");
            xml.raw().writeDefaultNamespace(NAMESPACE);
            xml.raw().writeNamespace("viz", VIZ);
            xml.raw().writeNamespace("xsi", XSI);
            xml.raw().writeAttribute(XSI, "schemaLocation", NAMESPACE + " http://gexf.net/1.3/gexf.xsd");
            xml.raw().writeAttribute("version", "1.3");
            xml.start("meta");
            xml.text("creator", "Grounded");
            xml.text("description", "Semantic network of codes" + (network.nodes().stream().anyMatch(n -> !n.isCode())
                    ? " and participants" : ""));
            xml.end();
            xml.start("graph", "defaultedgetype", "undirected", "mode", "static");
            xml.start("attributes", "class", "node", "mode", "static");
            xml.empty("attribute", "id", "kind", "title", "kind", "type", "string");
            xml.empty("attribute", "id", "citations", "title", "citations", "type", "integer");
            xml.empty("attribute", "id", "degree", "title", "degree", "type", "integer");
            xml.empty("attribute", "id", "central", "title", "central", "type", "boolean");
            xml.empty("attribute", "id", "isolated", "title", "isolated", "type", "boolean");
            xml.empty("attribute", "id", "level", "title", "coding level", "type", "string");
            xml.end();
            xml.start("attributes", "class", "edge", "mode", "static");
            xml.empty("attribute", "id", "edgeKind", "title", "kind", "type", "string");
            xml.end();
            xml.start("nodes");
            for (NetworkNode node : network.nodes()) {
                node(xml, node, DrawnNodes.require(drawn, node));
            }
            xml.end();
            xml.start("edges");
            for (NetworkEdge edge : network.edges()) {
                edge(xml, edge);
            }
            xml.end();
            xml.end();
            xml.end();
        });
    }

    private static void node(NetworkXml xml, NetworkNode node, DrawnNode drawn) throws XMLStreamException {
        xml.start("node", "id", node.id(), "label", node.label());
        xml.start("attvalues");
        xml.empty("attvalue", "for", "kind", "value", NetworkXml.kind(node.kind()));
        xml.empty("attvalue", "for", "citations", "value", Integer.toString(node.citations()));
        xml.empty("attvalue", "for", "degree", "value", Integer.toString(node.degree()));
        xml.empty("attvalue", "for", "central", "value", Boolean.toString(node.central()));
        xml.empty("attvalue", "for", "isolated", "value", Boolean.toString(node.isolated()));
        if (node.level() != null) {
            xml.empty("attvalue", "for", "level", "value", NetworkXml.level(node));
        }
        xml.end();
        int rgb = NetworkDrawings.rgb(drawn.fill());
        xml.emptyIn("viz", VIZ, "color", "r", Integer.toString(rgb >> 16 & 0xFF), "g", Integer.toString(rgb >> 8 & 0xFF),
                "b", Integer.toString(rgb & 0xFF));
        xml.emptyIn("viz", VIZ, "position", "x", NetworkXml.number(drawn.x()), "y", NetworkXml.number(-drawn.y()),
                "z", "0");
        xml.emptyIn("viz", VIZ, "size", "value", NetworkXml.number(drawn.radius()));
        xml.emptyIn("viz", VIZ, "shape", "value", switch (drawn.shape()) {
            case CIRCLE -> "disc";
            case ROUNDED_SQUARE, SQUARE -> "square";
            case DIAMOND -> "diamond";
        });
        xml.end();
    }

    private static void edge(NetworkXml xml, NetworkEdge edge) throws XMLStreamException {
        String type = edge.directed() ? "directed" : "undirected";
        if (edge.label().isEmpty()) {
            xml.start("edge", "id", edge.id(), "source", edge.sourceId(), "target", edge.targetId(), "type", type,
                    "weight", NetworkXml.number(edge.weight()));
        } else {
            xml.start("edge", "id", edge.id(), "source", edge.sourceId(), "target", edge.targetId(), "type", type,
                    "weight", NetworkXml.number(edge.weight()), "label", edge.label());
        }
        xml.start("attvalues");
        xml.empty("attvalue", "for", "edgeKind", "value", NetworkXml.kind(edge.kind()));
        xml.end();
        xml.end();
    }
}
