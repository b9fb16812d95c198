package org.grounded.analysis.network.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkBuilder;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NetworkRequest;
import org.grounded.analysis.network.NodeKind;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Figure 1 layout and the tree layout, on the sample study and on small hand-made networks. */
class FigureAndTreeLayoutTest {

    private static Project sample;

    @BeforeAll
    static void loadSample() throws Exception {
        sample = new ProjectFileStore().load(Path.of("samples/milk-donation.grounded"));
    }

    /** The closest two nodes come, rim to rim (negative when they overlap). */
    static double smallestGap(CodeNetwork network, NetworkLayout layout) {
        double smallest = Double.POSITIVE_INFINITY;
        List<NetworkNode> nodes = network.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                double d = layout.positions().get(nodes.get(i).id()).distance(layout.positions().get(nodes.get(j).id()));
                smallest = Math.min(smallest, d - nodes.get(i).radius() - nodes.get(j).radius());
            }
        }
        return smallest;
    }

    /** Whether two nodes' boxes (node and label centred below it) overlap anywhere. */
    static long overlappingBoxes(CodeNetwork network, NetworkLayout layout) {
        long count = 0;
        List<NetworkNode> nodes = network.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                NetworkNode a = nodes.get(i);
                NetworkNode b = nodes.get(j);
                Point p = layout.positions().get(a.id());
                Point q = layout.positions().get(b.id());
                boolean acrossX = Math.abs(p.x() - q.x()) < a.halfWidth() + b.halfWidth();
                boolean acrossY = p.y() - a.radius() < q.y() + b.depthBelow() && q.y() - b.radius() < p.y() + a.depthBelow();
                if (acrossX && acrossY) {
                    count++;
                }
            }
        }
        return count;
    }

    private static NetworkNode node(String id, NodeKind kind, boolean isolated, String parentId) {
        return new NetworkNode(id, kind, id, null, 4, 0, false, isolated, null, parentId);
    }

    private static NetworkEdge link(String participant, String code, double weight) {
        return new NetworkEdge("link:" + participant + code, participant, code, EdgeKind.PARTICIPANT_LINK, weight,
                "mentions", false, null);
    }

    @Test
    void figureOnePutsParticipantsOnARingCodesInsideAndIsolatedCodesApart() {
        CodeNetwork network = NetworkBuilder.build(sample, NetworkRequest.figureOne());
        NetworkLayout layout = Layouts.run(network, LayoutKind.FIGURE, 1, NetworkLayout.empty(), Set.of());

        List<NetworkNode> participants = network.nodes().stream().filter(n -> n.kind() == NodeKind.PARTICIPANT).toList();
        assertThat(participants).hasSizeGreaterThan(3);
        double ring = layout.positions().get(participants.get(0).id()).distance(new Point(0, 0));
        for (NetworkNode participant : participants) {
            assertThat(layout.positions().get(participant.id()).distance(new Point(0, 0))).isCloseTo(ring,
                    org.assertj.core.api.Assertions.within(1e-6));
        }
        for (NetworkNode code : network.nodes()) {
            Point p = layout.positions().get(code.id());
            if (code.isCode() && !code.isolated()) {
                assertThat(p.distance(new Point(0, 0))).as(code.label()).isLessThan(ring);
            } else if (code.isolated()) {
                assertThat(p.x()).as(code.label()).isGreaterThan(ring);
            }
        }
        assertThat(smallestGap(network, layout)).isGreaterThanOrEqualTo(FigureLayout.GAP - 1e-6);
        assertThat(overlappingBoxes(network, layout)).as("labels covering other nodes or labels").isZero();
    }

    @Test
    void aCodeCitedByOneParticipantSitsOnThatParticipantsSide() {
        List<NetworkNode> nodes = List.of(node("north", NodeKind.PARTICIPANT, false, null),
                node("east", NodeKind.PARTICIPANT, false, null), node("south", NodeKind.PARTICIPANT, false, null),
                node("west", NodeKind.PARTICIPANT, false, null), node("fears", NodeKind.CODE, false, null),
                node("shared", NodeKind.CODE, false, null), node("alone", NodeKind.CODE, true, null));
        CodeNetwork network = new CodeNetwork(nodes, List.of(link("east", "fears", 3), link("north", "shared", 1),
                link("east", "shared", 1), link("south", "shared", 1), link("west", "shared", 1)));

        NetworkLayout layout = Layouts.run(network, LayoutKind.FIGURE, 1, NetworkLayout.empty(), Set.of());

        Map<String, Point> p = layout.positions();
        // The ring starts at the top and goes clockwise on screen (y down): north, east, south, west.
        assertThat(p.get("north").y()).isLessThan(0);
        assertThat(p.get("east").x()).isGreaterThan(0);
        assertThat(p.get("fears").x()).isGreaterThan(0).isLessThan(p.get("east").x());
        assertThat(Math.abs(p.get("fears").y())).isLessThan(p.get("fears").x() / 4);
        // Cited by all four alike: nearer the middle than the ring.
        assertThat(p.get("shared").distance(new Point(0, 0))).isLessThan(p.get("fears").distance(new Point(0, 0)));
        assertThat(p.get("alone").x()).isGreaterThan(p.get("east").x());
        assertThat(smallestGap(network, layout)).isGreaterThanOrEqualTo(FigureLayout.GAP - 1e-6);
    }

    @Test
    void pinnedNodesKeepTheirPlaceInTheFigureAndTheOthersMakeRoom() {
        CodeNetwork network = NetworkBuilder.build(sample, NetworkRequest.figureOne());
        String pinnedId = network.nodes().stream().filter(NetworkNode::isCode).findFirst().orElseThrow().id();
        NetworkLayout start = new NetworkLayout(Map.of(pinnedId, new Point(0, 0)));

        NetworkLayout layout = Layouts.run(network, LayoutKind.FIGURE, 1, start, Set.of(pinnedId));

        assertThat(layout.positions().get(pinnedId)).isEqualTo(new Point(0, 0));
        assertThat(smallestGap(network, layout)).isGreaterThanOrEqualTo(FigureLayout.GAP - 1e-6);
    }

    @Test
    void theTreePutsCategoriesAboveTheirSubCodesWithoutOverlaps() {
        CodeNetwork network = NetworkBuilder.build(sample, NetworkRequest.codeMap()
                .withEdgeKinds(Set.of(EdgeKind.HIERARCHY)));
        NetworkLayout layout = Layouts.run(network, LayoutKind.TREE, 1, NetworkLayout.empty(), Set.of());

        int withParent = 0;
        for (NetworkNode code : network.nodes()) {
            if (code.parentId() != null) {
                withParent++;
                Point child = layout.positions().get(code.id());
                Point parent = layout.positions().get(code.parentId());
                assertThat(parent.y()).as(code.label()).isCloseTo(child.y() - TreeLayout.LAYER_HEIGHT,
                        org.assertj.core.api.Assertions.within(1e-9));
            }
        }
        assertThat(withParent).isGreaterThan(20);
        assertThat(smallestGap(network, layout)).isGreaterThan(0);
        assertThat(overlappingBoxes(network, layout)).as("labels covering other nodes or labels").isZero();
    }

    @Test
    void treeSubtreesSitSideBySideAndParticipantsMakeARowBelow() {
        List<NetworkNode> nodes = List.of(node("a", NodeKind.CODE, false, null), node("a1", NodeKind.CODE, false, "a"),
                node("a2", NodeKind.CODE, false, "a"), node("a21", NodeKind.CODE, false, "a2"),
                node("b", NodeKind.CODE, false, null), node("b1", NodeKind.CODE, false, "b"),
                node("ana", NodeKind.PARTICIPANT, false, null));
        CodeNetwork network = new CodeNetwork(nodes, List.of());

        Map<String, Point> p = Layouts.run(network, LayoutKind.TREE, 1, NetworkLayout.empty(), Set.of()).positions();

        // Leaves a1, a21, b1 in slots 0, 1, 2 of MIN_SLOT; a2 over a21; a between a1 and a2.
        double slot = TreeLayout.MIN_SLOT;
        assertThat(p.get("a1")).isEqualTo(new Point(slot / 2, TreeLayout.LAYER_HEIGHT));
        assertThat(p.get("a21")).isEqualTo(new Point(1.5 * slot, 2 * TreeLayout.LAYER_HEIGHT));
        assertThat(p.get("a2")).isEqualTo(new Point(1.5 * slot, TreeLayout.LAYER_HEIGHT));
        assertThat(p.get("a")).isEqualTo(new Point(slot, 0));
        assertThat(p.get("b1")).isEqualTo(new Point(2.5 * slot, TreeLayout.LAYER_HEIGHT));
        assertThat(p.get("b")).isEqualTo(new Point(2.5 * slot, 0));
        assertThat(p.get("ana").y()).isGreaterThan(2 * TreeLayout.LAYER_HEIGHT);
    }

    @Test
    void theForceLayoutOfTheSampleFigureLeavesNoNodeOnAnother() {
        CodeNetwork network = NetworkBuilder.build(sample, NetworkRequest.figureOne());
        NetworkLayout layout = Layouts.run(network, LayoutKind.FORCE, 3, NetworkLayout.empty(), Set.of());

        assertThat(smallestGap(network, layout)).isGreaterThanOrEqualTo(ForceAtlas2.OVERLAP_GAP - 1e-6);
    }
}
