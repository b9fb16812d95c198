package org.grounded.export.network;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.model.ColourScheme;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.export.network.HandMadeNetwork.LAYOUT;
import static org.grounded.export.network.HandMadeNetwork.NETWORK;

class NetworkFileFormatsTest {

    @TempDir
    Path folder;

    private final NetworkDrawing drawing = NetworkDrawings.of(NETWORK, LAYOUT, ColourScheme.FIGURE, DrawingOptions.defaults());

    private static Graph<String, DefaultWeightedEdge> emptyGraph() {
        return GraphTypeBuilder.<String, DefaultWeightedEdge>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(true).weighted(true).edgeClass(DefaultWeightedEdge.class).buildGraph();
    }

    @Test
    void graphMlReadsBackInJGraphTToTheSameNodesEdgesWeightsAndPositions() throws Exception {
        String text = written(out -> GraphMlNetworkWriter.write(NETWORK, drawing, out));
        Graph<String, DefaultWeightedEdge> graph = emptyGraph();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertexAndKey, value) -> attributes
                .computeIfAbsent(vertexAndKey.getFirst(), k -> new HashMap<>()).put(vertexAndKey.getSecond(), value.getValue()));

        importer.importGraph(graph, new StringReader(text));

        assertThat(graph.vertexSet()).containsExactlyInAnyOrderElementsOf(NETWORK.nodesById().keySet());
        assertSameEdges(graph);
        for (DrawnNode node : drawing.nodes()) {
            assertThat(Double.parseDouble(attributes.get(node.id()).get("x"))).isEqualTo(node.x());
            assertThat(Double.parseDouble(attributes.get(node.id()).get("y"))).isEqualTo(node.y());
            assertThat(attributes.get(node.id()).get("colour")).isEqualTo(node.fill());
        }
        NetworkNode ana = NETWORK.node(HandMadeNetwork.ANA).orElseThrow();
        assertThat(attributes.get(ana.id())).containsEntry("label", HandMadeNetwork.ODD_NAME)
                .containsEntry("kind", "participant").containsEntry("citations", "12");
        assertThat(attributes.get(HandMadeNetwork.MILK)).containsEntry("central", "true").containsEntry("level", "selective");
        assertThat(attributes.get(HandMadeNetwork.HYGIENE)).containsEntry("isolated", "true");
    }

    @Test
    void gexfReadsBackToTheSameNodesEdgesAndWeightsWithItsVizPositionsColoursAndSizes() throws Exception {
        String text = written(out -> GexfNetworkWriter.write(NETWORK, drawing, out));
        Graph<String, DefaultWeightedEdge> graph = emptyGraph();
        SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
        // jgrapht-io validates against GEXF 1.2draft only; the 1.3 structure is checked below.
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((vertexAndKey, value) -> {
            if (vertexAndKey.getSecond().equals("label")) {
                labels.put(vertexAndKey.getFirst(), value.getValue());
            }
        });

        importer.importGraph(graph, new StringReader(text));

        assertThat(graph.vertexSet()).containsExactlyInAnyOrderElementsOf(NETWORK.nodesById().keySet());
        assertSameEdges(graph);
        assertThat(labels).containsEntry(HandMadeNetwork.ANA, HandMadeNetwork.ODD_NAME);

        Document document = parse(text);
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        NodeList nodes = document.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        assertThat(nodes.getLength()).isEqualTo(NETWORK.nodes().size());
        Map<String, DrawnNode> drawn = DrawnNodes.byId(drawing);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            DrawnNode expected = drawn.get(node.getAttribute("id"));
            Element position = viz(node, "position");
            assertThat(Double.parseDouble(position.getAttribute("x"))).isEqualTo(expected.x());
            assertThat(Double.parseDouble(position.getAttribute("y"))).isEqualTo(-expected.y());
            Element colour = viz(node, "color");
            int rgb = Integer.parseInt(expected.fill().substring(1), 16);
            assertThat(Integer.parseInt(colour.getAttribute("r")) << 16 | Integer.parseInt(colour.getAttribute("g")) << 8
                    | Integer.parseInt(colour.getAttribute("b"))).isEqualTo(rgb);
            assertThat(Double.parseDouble(viz(node, "size").getAttribute("value"))).isEqualTo(expected.radius());
        }
        Element relation = edgeElement(document, "r1");
        assertThat(relation.getAttribute("type")).isEqualTo("directed");
        assertThat(relation.getAttribute("label")).isEqualTo("is cause of");
        assertThat(edgeElement(document, "c1").getAttribute("weight")).isEqualTo("0.375");
    }

    @Test
    void svgIsWellFormedXmlWithEveryLabelAsRealText() throws Exception {
        String text = written(out -> SvgNetworkWriter.write(drawing, out));

        Document document = parse(text);

        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo(SvgNetworkWriter.number(drawing.width()));
        NodeList texts = document.getElementsByTagNameNS(SvgNetworkWriter.SVG_NAMESPACE, "text");
        Set<String> written = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            written.add(texts.item(i).getTextContent());
        }
        Set<String> expected = new HashSet<>();
        drawing.labels().forEach(label -> expected.add(label.text()));
        assertThat(written).isEqualTo(expected).contains(HandMadeNetwork.ODD_NAME, "is cause of", "mentions");
        assertThat(text).contains("Ana &lt;&amp;&gt;");
        assertThat(document.getElementsByTagNameNS(SvgNetworkWriter.SVG_NAMESPACE, "circle").getLength()).isEqualTo(3);
    }

    @Test
    void pngHasTheScaledSizeAndPaintsTheNodesInTheirColours() throws Exception {
        byte[] bytes = bytes(out -> PngNetworkWriter.write(drawing, 2, out));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));

        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(drawing.width() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(drawing.height() * 2));
        for (DrawnNode node : drawing.nodes()) {
            int centre = image.getRGB((int) Math.round(node.x() * 2), (int) Math.round(node.y() * 2)) & 0xFFFFFF;
            assertThat(Integer.toHexString(centre)).as(node.id())
                    .isEqualTo(Integer.toHexString(Integer.parseInt(node.fill().substring(1), 16)));
        }
        assertThat(image.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(darkPixels(image)).as("labels and borders").isGreaterThan(500);
    }

    @Test
    void aPictureTooLargeIsRefusedBeforeTheFileIsTouched() throws Exception {
        Path file = folder.resolve("figure.png");
        Files.writeString(file, "before");

        assertThatThrownBy(() -> NetworkFiles.write(file, NetworkFormat.PNG, NETWORK, drawing, 500))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
        assertThat(Files.readString(file)).isEqualTo("before");
    }

    @Test
    void filesAreWrittenInTheFormatAskedFor() throws Exception {
        for (NetworkFormat format : NetworkFormat.values()) {
            Path file = folder.resolve("network." + format.extension());
            NetworkFiles.write(file, format, NETWORK, drawing, 1);
            assertThat(NetworkFormat.ofFileName(file.getFileName().toString())).contains(format);
            assertThat(Files.size(file)).isGreaterThan(100);
        }
        assertThat(Files.readString(folder.resolve("network.gexf"))).contains("viz:position");
        NetworkFiles.write(folder.resolve("network.svg"), NetworkFormat.SVG, NETWORK, drawing, 1);
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).as("no backups, no temporary files")
                    .containsExactlyInAnyOrder("network.graphml", "network.gexf", "network.svg", "network.png");
        }
        assertThat(NetworkFormat.parse(" PNG ")).isEqualTo(NetworkFormat.PNG);
        assertThatThrownBy(() -> NetworkFormat.parse("pdf")).hasMessage("'pdf' is not a network format (one of graphml, gexf, svg, png)");
    }

    private static void assertSameEdges(Graph<String, DefaultWeightedEdge> graph) {
        assertThat(graph.edgeSet()).hasSize(NETWORK.edges().size());
        for (NetworkEdge edge : NETWORK.edges()) {
            DefaultWeightedEdge read = graph.getEdge(edge.sourceId(), edge.targetId());
            assertThat(read).as(edge.id()).isNotNull();
            assertThat(graph.getEdgeWeight(read)).as(edge.id()).isEqualTo(edge.weight());
        }
    }

    private static Element viz(Element node, String name) {
        NodeList found = node.getElementsByTagNameNS("http://gexf.net/1.3/viz", name);
        assertThat(found.getLength()).as(name).isEqualTo(1);
        return (Element) found.item(0);
    }

    private static Element edgeElement(Document document, String id) {
        NodeList edges = document.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            if (((Element) edges.item(i)).getAttribute("id").equals(id)) {
                return (Element) edges.item(i);
            }
        }
        throw new AssertionError("no edge " + id);
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF) < 200) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @FunctionalInterface
    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static String written(Writing writing) throws IOException {
        return new String(bytes(writing), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }
}
