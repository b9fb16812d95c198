package org.grounded.analysis.network.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * ForceAtlas2 against the forces as the paper states them (Jacomy et al. 2014), counted pair by
 * pair in O(n²): repulsion k_r (deg₁+1)(deg₂+1) / d, attraction d · w, gravity k_g (deg+1).
 */
class ForceAtlas2Test {

    private static final double KR = 60;
    private static final double KG = 1;

    /** Random positions in a 2,000 px square, for every node of the network. */
    private static NetworkLayout randomPositions(CodeNetwork network, long seed) {
        Random random = new Random(seed);
        Map<String, Point> positions = new LinkedHashMap<>();
        network.nodes().forEach(node -> positions.put(node.id(),
                new Point(random.nextDouble() * 2000 - 1000, random.nextDouble() * 2000 - 1000)));
        return new NetworkLayout(positions);
    }

    /** The paper's forces on every node, every pair counted. */
    private static double[][] exactForces(CodeNetwork network, NetworkLayout layout) {
        List<NetworkNode> nodes = network.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
        }
        double[] degree = new double[n];
        double meanWeight = network.edges().stream().mapToDouble(NetworkEdge::weight).average().orElse(1);
        for (NetworkEdge edge : network.edges()) {
            degree[index.get(edge.sourceId())]++;
            degree[index.get(edge.targetId())]++;
        }
        double[][] force = new double[n][2];
        for (int i = 0; i < n; i++) {
            Point p = layout.positions().get(nodes.get(i).id());
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    Point q = layout.positions().get(nodes.get(j).id());
                    double d = p.distance(q);
                    double size = KR * (degree[i] + 1) * (degree[j] + 1) / d;
                    force[i][0] += size * (p.x() - q.x()) / d;
                    force[i][1] += size * (p.y() - q.y()) / d;
                }
            }
            double fromOrigin = Math.hypot(p.x(), p.y());
            force[i][0] -= KG * (degree[i] + 1) * p.x() / fromOrigin;
            force[i][1] -= KG * (degree[i] + 1) * p.y() / fromOrigin;
        }
        for (NetworkEdge edge : network.edges()) {
            int a = index.get(edge.sourceId());
            int b = index.get(edge.targetId());
            Point p = layout.positions().get(edge.sourceId());
            Point q = layout.positions().get(edge.targetId());
            double w = edge.weight() / meanWeight;
            // Attraction of size d · w along the edge: the offset times w.
            force[a][0] -= (p.x() - q.x()) * w;
            force[a][1] -= (p.y() - q.y()) * w;
            force[b][0] += (p.x() - q.x()) * w;
            force[b][1] += (p.y() - q.y()) * w;
        }
        return force;
    }

    /** The largest error on any node, relative to the mean size of the exact forces. */
    private static double relativeError(CodeNetwork network, double theta) {
        NetworkLayout layout = randomPositions(network, 3);
        ForceSettings settings = new ForceSettings(KR, KG, theta, 1, false, 300, 1000, 0.01);
        ForceAtlas2 run = new ForceAtlas2(network, settings, 0, layout, Set.of());
        run.computeForces();
        double[][] exact = exactForces(network, layout);
        double meanSize = 0;
        double worst = 0;
        for (int i = 0; i < exact.length; i++) {
            meanSize += Math.hypot(exact[i][0], exact[i][1]) / exact.length;
            worst = Math.max(worst, Math.hypot(run.forceX()[i] - exact[i][0], run.forceY()[i] - exact[i][1]));
        }
        return worst / meanSize;
    }

    @Test
    void withThetaZeroTheForcesAreThePapersExactly() {
        CodeNetwork network = LayoutBench.randomNetwork(200, 800, 7);

        assertThat(relativeError(network, 0)).isLessThan(1e-9);
    }

    @Test
    void barnesHutWithASmallThetaStaysWithinHalfAPercentOfTheExactForces() {
        CodeNetwork network = LayoutBench.randomNetwork(400, 1500, 11);

        double error = relativeError(network, 0.25);
        assertThat(error).isLessThan(0.005).isGreaterThan(0);
    }

    @Test
    void barnesHutWithTheDefaultThetaStaysWithinAFewPercent() {
        CodeNetwork network = LayoutBench.randomNetwork(400, 1500, 11);

        assertThat(relativeError(network, ForceSettings.defaults().theta())).isLessThan(0.05);
    }

    @Test
    void theLayoutIsTheSameForTheSameSeedAndDiffersForAnother() {
        CodeNetwork network = LayoutBench.randomNetwork(80, 200, 5);

        NetworkLayout first = Layouts.run(network, LayoutKind.FORCE, 17, NetworkLayout.empty(), Set.of());
        NetworkLayout again = Layouts.run(network, LayoutKind.FORCE, 17, NetworkLayout.empty(), Set.of());
        NetworkLayout other = Layouts.run(network, LayoutKind.FORCE, 18, NetworkLayout.empty(), Set.of());

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first.positions().keySet()).containsExactlyElementsOf(
                network.nodes().stream().map(NetworkNode::id).toList());
    }

    @Test
    void pinnedNodesNeverMoveWhileTheOthersDo() {
        CodeNetwork network = LayoutBench.randomNetwork(60, 150, 9);
        NetworkLayout start = randomPositions(network, 4);
        Set<String> pinned = Set.of("n0", "n1", "n2");

        LayoutRun run = Layouts.start(network, LayoutKind.FORCE, 1, start, pinned);
        int steps = 0;
        while (run.step()) {
            steps++;
            for (String id : pinned) {
                assertThat(run.current().positions().get(id)).isEqualTo(start.positions().get(id));
            }
        }
        assertThat(run.converged()).isTrue();
        assertThat(steps).isGreaterThan(10);
        assertThat(run.current().positions().get("n3")).isNotEqualTo(start.positions().get("n3"));
        assertThat(run.step()).isFalse();
    }

    @Test
    void aConvergedLayoutKeepsNodesApartAndItsComponentsTogether() {
        // Two triangles and a lone node: repulsion keeps them apart, gravity keeps them in view.
        List<NetworkNode> nodes = java.util.stream.IntStream.range(0, 7).mapToObj(i -> new NetworkNode("n" + i,
                NodeKind.CODE, "n" + i, null, 10, 2, false, false, null, null)).toList();
        List<NetworkEdge> edges = List.of(edge(0, 1), edge(1, 2), edge(2, 0), edge(3, 4), edge(4, 5), edge(5, 3));
        CodeNetwork network = new CodeNetwork(nodes, edges);

        NetworkLayout layout = Layouts.run(network, LayoutKind.FORCE, 2, NetworkLayout.empty(), Set.of());

        double radius = nodes.get(0).radius();
        for (int i = 0; i < 7; i++) {
            for (int j = i + 1; j < 7; j++) {
                double d = layout.positions().get("n" + i).distance(layout.positions().get("n" + j));
                assertThat(d).as("n%d-n%d", i, j).isGreaterThanOrEqualTo(2 * radius);
                assertThat(d).as("n%d-n%d", i, j).isLessThan(1000);
            }
        }
        // Within a triangle the nodes are closer than to the other triangle's.
        double inside = layout.positions().get("n0").distance(layout.positions().get("n1"));
        double across = centre(layout, 0).distance(centre(layout, 3));
        assertThat(inside).isLessThan(across);
    }

    private static Point centre(NetworkLayout layout, int first) {
        double x = 0;
        double y = 0;
        for (int i = first; i < first + 3; i++) {
            x += layout.positions().get("n" + i).x() / 3;
            y += layout.positions().get("n" + i).y() / 3;
        }
        return new Point(x, y);
    }

    private static NetworkEdge edge(int a, int b) {
        return new NetworkEdge("e" + a + b, "n" + a, "n" + b, EdgeKind.RELATION, 1, "", false, null);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {0, 1, 2, 3, 4})
    void separateComponentsDoNotPileUpOnOneAnother(long seed) {
        // Seven components of 30, 12, 6, 4, 3, 2 and 2 nodes: random trees plus a few chords.
        int[] sizes = {30, 12, 6, 4, 3, 2, 2};
        Random random = new Random(seed);
        List<NetworkNode> nodes = new java.util.ArrayList<>();
        List<NetworkEdge> edges = new java.util.ArrayList<>();
        Map<String, Integer> component = new java.util.HashMap<>();
        int base = 0;
        for (int c = 0; c < sizes.length; c++) {
            for (int i = 0; i < sizes[c]; i++) {
                String id = "n" + (base + i);
                nodes.add(new NetworkNode(id, NodeKind.CODE, id, null, random.nextInt(30), 0, false, false, null, null));
                component.put(id, c);
                if (i > 0) {
                    edges.add(new NetworkEdge("e" + edges.size(), id, "n" + (base + random.nextInt(i)),
                            EdgeKind.COOCCURRENCE, 1 + random.nextInt(3), "", false, null));
                }
            }
            for (int k = 0; k < sizes[c] / 2; k++) {
                int a = base + random.nextInt(sizes[c]);
                int b = base + random.nextInt(sizes[c]);
                if (a != b) {
                    edges.add(new NetworkEdge("e" + edges.size(), "n" + a, "n" + b, EdgeKind.COOCCURRENCE, 1, "",
                            false, null));
                }
            }
            base += sizes[c];
        }
        CodeNetwork network = new CodeNetwork(nodes, edges);

        NetworkLayout layout = Layouts.run(network, LayoutKind.FORCE, seed, NetworkLayout.empty(), Set.of());

        // Each component's bounding box (nodes with their radii) is clear of every other's.
        double[][] box = new double[sizes.length][];
        for (NetworkNode node : nodes) {
            Point p = layout.positions().get(node.id());
            int c = component.get(node.id());
            double r = node.radius();
            if (box[c] == null) {
                box[c] = new double[] {p.x() - r, p.y() - r, p.x() + r, p.y() + r};
            }
            box[c] = new double[] {Math.min(box[c][0], p.x() - r), Math.min(box[c][1], p.y() - r),
                    Math.max(box[c][2], p.x() + r), Math.max(box[c][3], p.y() + r)};
        }
        for (int i = 0; i < sizes.length; i++) {
            for (int j = i + 1; j < sizes.length; j++) {
                boolean overlap = box[i][0] < box[j][2] && box[j][0] < box[i][2]
                        && box[i][1] < box[j][3] && box[j][1] < box[i][3];
                assertThat(overlap).as("components %d and %d", i, j).isFalse();
            }
        }
    }

    @Test
    void nodesWithoutEdgesWaitInAColumnBesideTheGraph() {
        List<NetworkNode> nodes = java.util.stream.IntStream.range(0, 6).mapToObj(i -> new NetworkNode("n" + i,
                NodeKind.CODE, "n" + i, null, 10, 2, false, false, null, null)).toList();
        CodeNetwork network = new CodeNetwork(nodes, List.of(edge(0, 1), edge(1, 2), edge(2, 0)));

        NetworkLayout layout = Layouts.run(network, LayoutKind.FORCE, 2, NetworkLayout.empty(), Set.of());

        double rightmost = java.util.stream.IntStream.range(0, 3)
                .mapToDouble(i -> layout.positions().get("n" + i).x()).max().orElseThrow();
        for (int loner = 3; loner < 6; loner++) {
            Point p = layout.positions().get("n" + loner);
            assertThat(p.x()).isGreaterThan(rightmost + 2 * nodes.get(0).radius());
            assertThat(p.x()).isEqualTo(layout.positions().get("n3").x());
        }
        assertThat(layout.positions().get("n4").y()).isGreaterThan(layout.positions().get("n3").y());
        assertThat(FigureAndTreeLayoutTest.smallestGap(network, layout)).isGreaterThanOrEqualTo(
                ForceAtlas2.OVERLAP_GAP - 1e-6);
    }

    @Test
    void aNodeAddedToALaidOutNetworkStartsBesideTheNodesItJoins() {
        CodeNetwork network = LayoutBench.randomNetwork(40, 100, 8);
        Map<String, Point> placed = new LinkedHashMap<>(randomPositions(network, 6).positions());
        placed.remove("n5");
        List<Point> neighbours = network.neighbours("n5").stream().map(node -> placed.get(node.id())).toList();
        double cx = neighbours.stream().mapToDouble(Point::x).average().orElseThrow();
        double cy = neighbours.stream().mapToDouble(Point::y).average().orElseThrow();

        LayoutRun run = Layouts.start(network, LayoutKind.FORCE, 1, new NetworkLayout(placed), Set.of());

        double radius = network.node("n5").orElseThrow().radius();
        assertThat(run.current().positions().get("n5").distance(new Point(cx, cy))).isLessThanOrEqualTo(
                2 * Math.sqrt(2) * radius);
        assertThat(run.current().positions().get("n6")).isEqualTo(placed.get("n6"));
    }

    @Test
    void progressRisesToOneAtConvergence() {
        CodeNetwork network = LayoutBench.randomNetwork(50, 120, 3);
        LayoutRun run = Layouts.start(network, LayoutKind.FORCE, 1, NetworkLayout.empty(), Set.of());
        double last = run.progress();
        assertThat(last).isZero();
        while (run.step()) {
            assertThat(run.progress()).isBetween(0.0, 0.99);
        }
        assertThat(run.progress()).isEqualTo(1.0);
    }

    @Test
    void aDamagedStartPositionIsIgnoredNotSpread() {
        CodeNetwork network = LayoutBench.randomNetwork(20, 40, 3);
        NetworkLayout start = new NetworkLayout(Map.of("n0", new Point(Double.NaN, 5), "n1", new Point(10, 10)));

        for (LayoutKind kind : LayoutKind.values()) {
            NetworkLayout layout = Layouts.run(network, kind, 1, start, Set.of("n0", "n1"));
            assertThat(layout.positions().values()).as(kind.name())
                    .allMatch(p -> Double.isFinite(p.x()) && Double.isFinite(p.y()));
            assertThat(layout.positions().get("n1")).as(kind.name()).isEqualTo(new Point(10, 10));
        }
    }

    @Test
    void aSingleNodeAndAnEmptyNetworkAreLaidOut() {
        NetworkNode lone = new NetworkNode("a", NodeKind.CODE, "a", null, 0, 0, false, true, null, null);
        assertThat(Layouts.run(new CodeNetwork(List.of(lone), List.of()), LayoutKind.FORCE, 1, NetworkLayout.empty(),
                Set.of()).positions()).containsOnlyKeys("a");
        assertThat(Layouts.run(CodeNetwork.empty(), LayoutKind.FORCE, 1, NetworkLayout.empty(), Set.of()).positions())
                .isEmpty();
    }
}
