package org.grounded.export.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NetworkSizes;
import org.grounded.analysis.network.NodeKind;
import org.grounded.analysis.network.layout.NetworkLayout;
import org.grounded.analysis.network.layout.Point;
import org.grounded.model.ColourScheme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.grounded.export.network.HandMadeNetwork.ANA;
import static org.grounded.export.network.HandMadeNetwork.FEARS;
import static org.grounded.export.network.HandMadeNetwork.HYGIENE;
import static org.grounded.export.network.HandMadeNetwork.LAYOUT;
import static org.grounded.export.network.HandMadeNetwork.MILK;
import static org.grounded.export.network.HandMadeNetwork.NETWORK;

class NetworkDrawingsTest {

    private final NetworkDrawing figure = NetworkDrawings.of(NETWORK, LAYOUT, ColourScheme.FIGURE, DrawingOptions.defaults());

    private DrawnNode node(NetworkDrawing drawing, String id) {
        return drawing.nodes().stream().filter(node -> node.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void figureOneColoursCentralCategoriesYellowParticipantsBlueAndIsolatedWhiteWithABorder() {
        assertThat(node(figure, MILK).fill()).isEqualTo("#FFD54F");
        assertThat(node(figure, ANA).fill()).isEqualTo("#64B5F6");
        assertThat(node(figure, HYGIENE).fill()).isEqualTo("#FFFFFF");
        assertThat(node(figure, HYGIENE).strokeWidth()).isEqualTo(2);
        assertThat(node(figure, FEARS).fill()).isNotIn("#FFD54F", "#64B5F6", "#FFFFFF");
        assertThat(node(figure, ANA).shape()).isEqualTo(NodeShape.ROUNDED_SQUARE);
        assertThat(node(figure, MILK).shape()).isEqualTo(NodeShape.CIRCLE);
    }

    @Test
    void codeAndLevelSchemesUseTheCodesColourAndItsLevel() {
        NetworkDrawing byCode = NetworkDrawings.of(NETWORK, LAYOUT, ColourScheme.CODE, DrawingOptions.defaults());
        NetworkDrawing byLevel = NetworkDrawings.of(NETWORK, LAYOUT, ColourScheme.LEVEL, DrawingOptions.defaults());

        assertThat(node(byCode, FEARS).fill()).isEqualTo("#BE0032");
        assertThat(node(byLevel, MILK).fill()).isNotEqualTo(node(byLevel, FEARS).fill());
        assertThat(node(byLevel, FEARS).fill()).isNotEqualTo(node(byLevel, HYGIENE).fill());
    }

    @Test
    void theLayoutIsMovedIntoTheMarginKeepingDistancesAndSizesFollowCitations() {
        DrawnNode milk = node(figure, MILK);
        DrawnNode fears = node(figure, FEARS);

        assertThat(fears.x() - milk.x()).isCloseTo(200, within(1e-9));
        assertThat(fears.y() - milk.y()).isEqualTo(0);
        assertThat(milk.radius()).isEqualTo(NetworkSizes.radius(36)).isGreaterThan(fears.radius());
        for (DrawnNode node : figure.nodes()) {
            assertThat(node.x() - node.radius()).isGreaterThanOrEqualTo(24);
            assertThat(node.x() + node.radius()).isLessThanOrEqualTo(figure.width() - 24);
            assertThat(node.y() + node.radius()).isLessThanOrEqualTo(figure.height() - 24);
        }
        for (DrawnLabel label : figure.labels()) {
            assertThat(label.y() - label.fontSize()).isGreaterThanOrEqualTo(24 - 1e-9);
            assertThat(label.x() - NetworkDrawings.estimatedWidth(label) / 2).isGreaterThanOrEqualTo(24 - 1e-9);
        }
    }

    @Test
    void edgesRunBetweenTheNodesBordersAndOnlyDirectedOnesHaveAnArrowAtTheTarget() {
        DrawnEdge relation = figure.edges().stream().filter(e -> e.id().equals("r1")).findFirst().orElseThrow();
        DrawnEdge link = figure.edges().stream().filter(e -> e.id().equals("p1")).findFirst().orElseThrow();
        DrawnNode fears = node(figure, FEARS);
        DrawnNode milk = node(figure, MILK);

        assertThat(relation.directed()).isTrue();
        assertThat(link.directed()).isFalse();
        assertThat(relation.from().distance(new Point(fears.x(), fears.y()))).isCloseTo(fears.radius(), within(1e-9));
        Point tip = relation.arrowHead().get(0);
        assertThat(tip.distance(new Point(milk.x(), milk.y()))).isCloseTo(milk.radius(), within(1e-9));
        assertThat(relation.to().distance(tip)).isGreaterThan(0);
        assertThat(link.width()).isGreaterThan(1);
    }

    @Test
    void everyNodeIsNamedAndEdgesCarryTheirLinkingWordOrRelationTypeWithFontsByNodeSize() {
        assertThat(figure.labels()).extracting(DrawnLabel::text).contains("Significance of milk", "Fears",
                "Hygiene practices", HandMadeNetwork.ODD_NAME, "Donors", "is cause of", "mentions");
        assertThat(figure.labels()).noneMatch(label -> label.role() == DrawnLabel.LabelRole.CAPTION);
        DrawnLabel milk = label(figure, MILK);
        DrawnLabel hygiene = label(figure, HYGIENE);
        assertThat(milk.fontSize()).isGreaterThan(hygiene.fontSize());
        assertThat(hygiene.fontSize()).isEqualTo(NetworkDrawings.SMALLEST_FONT);
        assertThat(milk.bold()).isTrue();

        NetworkDrawing relationsOnly = NetworkDrawings.of(NETWORK, LAYOUT, ColourScheme.FIGURE,
                new DrawingOptions(10, DrawingOptions.EdgeLabels.RELATIONS));
        assertThat(relationsOnly.labels()).extracting(DrawnLabel::text).contains("is cause of").doesNotContain("mentions");
    }

    @Test
    void manyParticipantLinksSayTheirLinkingWordOnceInACaptionWhileRelationsKeepTheirLabels() {
        List<NetworkNode> nodes = new ArrayList<>(NETWORK.nodes());
        List<NetworkEdge> edges = new ArrayList<>(NETWORK.edges());
        Map<String, Point> places = new HashMap<>(LAYOUT.positions());
        for (int i = 0; i < 31; i++) {
            nodes.add(new NetworkNode("p" + i, NodeKind.PARTICIPANT, "P" + i, null, 1, 1, false, false, null, null));
            edges.add(new NetworkEdge("link" + i, "p" + i, MILK, EdgeKind.PARTICIPANT_LINK, 1, "mentions", false, null));
            places.put("p" + i, new Point(400 + 30 * i, 300));
        }
        CodeNetwork crowded = new CodeNetwork(nodes, edges);

        NetworkDrawing auto = NetworkDrawings.of(crowded, new NetworkLayout(places), ColourScheme.FIGURE,
                DrawingOptions.defaults());
        NetworkDrawing all = NetworkDrawings.of(crowded, new NetworkLayout(places), ColourScheme.FIGURE,
                new DrawingOptions(24, DrawingOptions.EdgeLabels.ALL));

        assertThat(auto.labels()).extracting(DrawnLabel::text).contains("is cause of").doesNotContain("mentions");
        DrawnLabel caption = auto.labels().stream().filter(l -> l.role() == DrawnLabel.LabelRole.CAPTION)
                .findFirst().orElseThrow();
        assertThat(caption.text()).contains("\u201cmentions\u201d");
        assertThat(caption.y()).isGreaterThan(auto.nodes().stream().mapToDouble(n -> n.y() + n.radius()).max().orElseThrow());
        assertThat(caption.y()).isLessThanOrEqualTo(auto.height());
        assertThat(all.labels()).filteredOn(l -> l.text().equals("mentions")).hasSize(32);
        assertThat(all.labels()).noneMatch(l -> l.role() == DrawnLabel.LabelRole.CAPTION);
    }

    @Test
    void aLongLabelIsBrokenInTwoLinesAtTheSpaceNearestItsMiddle() {
        assertThat(NetworkDrawings.lines("Scientific and religious methods in problem-solving"))
                .containsExactly("Scientific and religious", "methods in problem-solving");
        assertThat(NetworkDrawings.lines("Significance of milk")).containsExactly("Significance of milk");
        assertThat(NetworkDrawings.lines("Breastfeeding-and-donation-experiences")).hasSize(1);
        NetworkLayout layout = new NetworkLayout(Map.of("x", new Point(0, 0)));
        NetworkDrawing drawing = NetworkDrawings.of(new CodeNetwork(List.of(new NetworkNode("x", NodeKind.CODE,
                "Nutritional status of the donor", "#FFFFFF", 4, 0, false, true, null, null)), List.of()), layout,
                ColourScheme.CODE, DrawingOptions.defaults());
        assertThat(drawing.labels()).extracting(DrawnLabel::text).containsExactly("Nutritional status", "of the donor");
        assertThat(drawing.labels().get(1).y()).isGreaterThan(drawing.labels().get(0).y());
    }

    @Test
    void twoRelationsSideBySideGetTheirLabelsAtDifferentPlacesAlongTheirLines() {
        CodeNetwork pair = new CodeNetwork(List.of(
                new NetworkNode("a", NodeKind.CODE, "A", "#FFFFFF", 0, 2, false, false, null, null),
                new NetworkNode("b", NodeKind.CODE, "B", "#FFFFFF", 0, 1, false, false, null, null),
                new NetworkNode("c", NodeKind.CODE, "C", "#FFFFFF", 0, 1, false, false, null, null)),
                List.of(new NetworkEdge("ab", "a", "b", EdgeKind.RELATION, 1, "contradicts", false, "r1"),
                        new NetworkEdge("ac", "a", "c", EdgeKind.RELATION, 1, "is associated with", false, "r2")));
        NetworkLayout close = new NetworkLayout(Map.of("a", new Point(0, 0), "b", new Point(600, 4),
                "c", new Point(600, 12)));

        NetworkDrawing drawing = NetworkDrawings.of(pair, close, ColourScheme.CODE, DrawingOptions.defaults());

        List<DrawnLabel> edgeLabels = drawing.labels().stream().filter(l -> l.role() == DrawnLabel.LabelRole.EDGE).toList();
        assertThat(edgeLabels).hasSize(2);
        assertThat(NetworkDrawings.overlap(edgeLabels.get(0), edgeLabels.get(1))).isFalse();
        assertThat(NetworkDrawings.overlap(edgeLabels.get(0), edgeLabels.get(0))).isTrue();
    }

    @Test
    void aLayoutThatMissesANodeIsRefused() {
        NetworkLayout partial = new NetworkLayout(Map.of(MILK, new Point(0, 0)));

        assertThatThrownBy(() -> NetworkDrawings.of(NETWORK, partial, ColourScheme.FIGURE, DrawingOptions.defaults()))
                .hasMessage("The layout does not place 'Fears'");
    }

    @Test
    void hitTestsFollowEachShape() {
        DrawnNode circle = new DrawnNode("a", null, NodeShape.CIRCLE, 0, 0, 10, "#FFFFFF", "#000000", 1, "");
        DrawnNode diamond = new DrawnNode("b", null, NodeShape.DIAMOND, 0, 0, 10, "#FFFFFF", "#000000", 1, "");
        DrawnNode square = new DrawnNode("c", null, NodeShape.SQUARE, 0, 0, 10, "#FFFFFF", "#000000", 1, "");

        assertThat(List.of(circle.contains(7, 7), circle.contains(8, 7), diamond.contains(5, 5), diamond.contains(6, 5),
                square.contains(10, 10), square.contains(10.5, 0))).containsExactly(true, false, true, false, true, false);
    }

    static DrawnLabel label(NetworkDrawing drawing, String ownerId) {
        return drawing.labels().stream().filter(label -> label.ownerId().equals(ownerId)).findFirst().orElseThrow();
    }
}
