package org.grounded.io.refi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Position;
import org.grounded.model.Project;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SavedNetwork;
import org.w3c.dom.Element;

/**
 * Writes saved networks as REFI-QDA {@code <Graphs>}: a Vertex per node drawn (its code, case,
 * source or set as {@code representedGUID}, its place rounded to whole numbers as the schema
 * wants, a code's colour) and an Edge per relation between two of its codes. Grounded's own
 * settings, members, exact places and pins travel in a processing instruction on the Graph.
 */
final class GraphWriter {

    private GraphWriter() {
    }

    static void write(XmlOut xml, Element root, Project project) {
        if (project.networks().isEmpty()) {
            return;
        }
        Element graphs = xml.add(root, "Graphs");
        for (SavedNetwork network : project.networks()) {
            Element graph = xml.add(graphs, "Graph");
            XmlOut.set(graph, "guid", network.id());
            XmlOut.set(graph, "name", network.name());
            GroundedExtension.write(graph, new GroundedExtension.GraphData(network.settings(), network.memberIds(),
                    network.positions(), List.copyOf(network.pinned()), network.colourScheme()));
            Set<UUID> nodes = new LinkedHashSet<>(network.memberIds());
            nodes.addAll(network.positions().keySet());
            List<UUID> codes = new ArrayList<>();
            for (UUID node : nodes) {
                Entity entity = project.findAny(node).orElseThrow();
                Position place = network.positions().getOrDefault(node, new Position(0, 0));
                Element vertex = xml.add(graph, "Vertex");
                XmlOut.set(vertex, "guid", vertexGuid(network, node));
                XmlOut.set(vertex, "representedGUID", node);
                XmlOut.set(vertex, "name", entity.label());
                XmlOut.set(vertex, "firstX", Math.round(place.x()));
                XmlOut.set(vertex, "firstY", Math.round(place.y()));
                XmlOut.set(vertex, "shape", shape(entity));
                if (entity instanceof Code code) {
                    XmlOut.set(vertex, "color", code.colour());
                    codes.add(code.id());
                }
            }
            for (Relation relation : project.relations()) {
                if (codes.contains(relation.sourceCodeId()) && codes.contains(relation.targetCodeId())) {
                    RelationType type = project.relationType(relation.typeId()).orElseThrow();
                    Element edge = xml.add(graph, "Edge");
                    XmlOut.set(edge, "guid", RefiValues.derived("graph-edge", network.id(), relation.id()));
                    XmlOut.set(edge, "representedGUID", relation.id());
                    XmlOut.set(edge, "name", type.name());
                    XmlOut.set(edge, "sourceVertex", vertexGuid(network, relation.sourceCodeId()));
                    XmlOut.set(edge, "targetVertex", vertexGuid(network, relation.targetCodeId()));
                    XmlOut.set(edge, "direction", type.directed() ? "OneWay" : "Associative");
                }
            }
        }
    }

    private static UUID vertexGuid(SavedNetwork network, UUID node) {
        return RefiValues.derived("graph-vertex", network.id(), node);
    }

    private static String shape(Entity entity) {
        if (entity instanceof Code) {
            return "Oval";
        }
        if (entity instanceof Document) {
            return "Rectangle";
        }
        return entity instanceof org.grounded.model.Participant ? "Person" : "RoundedRectangle";
    }
}
