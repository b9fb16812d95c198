package org.grounded.export.network;

import java.util.List;
import java.util.Map;
import org.grounded.analysis.network.NetworkSizes;
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
