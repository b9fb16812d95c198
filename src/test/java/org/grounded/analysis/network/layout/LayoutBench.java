package org.grounded.analysis.network.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NodeKind;

/**
 * The force layout of a random network of 500 nodes and 5,000 edges (issue 9's target: under
 * 2 s on 2 cores): {@code mvn -B -Pbench test-compile exec:java -Dbench=layout}.
 */
public final class LayoutBench {

    private LayoutBench() {
    }

    /**
     * A random network, the same for a seed: n nodes, m distinct edges of weight 1 to 5, every
     * node with at least one edge (node i is first joined to a random other node), so no node is
     * parked beside the graph and every node takes part in the forces.
     */
    static CodeNetwork randomNetwork(int nodeCount, int edgeCount, long seed) {
        Random random = new Random(seed);
        List<NetworkNode> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(new NetworkNode("n" + i, NodeKind.CODE, "Node " + i, "#336699", random.nextInt(40), 0,
                    false, false, null, null));
        }
        Set<Long> pairs = new HashSet<>();
        List<NetworkEdge> edges = new ArrayList<>();
        while (edges.size() < edgeCount) {
            int a = edges.size() < nodeCount ? edges.size() : random.nextInt(nodeCount);
            int b = random.nextInt(nodeCount);
            if (a != b && pairs.add((long) Math.min(a, b) * nodeCount + Math.max(a, b))) {
                edges.add(new NetworkEdge("e" + edges.size(), "n" + a, "n" + b, EdgeKind.COOCCURRENCE,
                        1 + random.nextInt(5), "", false, null));
            }
        }
        return new CodeNetwork(nodes, edges);
    }

    /** A Figure 1 network: p participants each citing a random share of c codes, weights 1 to 9. */
    static CodeNetwork figureNetwork(int participants, int codes, long seed) {
        Random random = new Random(seed);
        List<NetworkNode> nodes = new ArrayList<>();
        List<NetworkEdge> edges = new ArrayList<>();
        for (int c = 0; c < codes; c++) {
            nodes.add(new NetworkNode("c" + c, NodeKind.CODE, "Category number " + c, "#336699", random.nextInt(80), 0,
                    c % 10 == 0, c % 17 == 0, null, null));
        }
        for (int p = 0; p < participants; p++) {
            nodes.add(new NetworkNode("p" + p, NodeKind.PARTICIPANT, "Participant " + p, null, 50, 0, false, false,
                    null, null));
            for (int c = 0; c < codes; c++) {
                if (c % 17 != 0 && random.nextInt(4) == 0) {
                    edges.add(new NetworkEdge("l" + p + "-" + c, "p" + p, "c" + c, EdgeKind.PARTICIPANT_LINK,
                            1 + random.nextInt(9), "mentions", false, null));
                }
            }
        }
        return new CodeNetwork(nodes, edges);
    }

    public static void main(String[] args) {
        CodeNetwork network = randomNetwork(500, 5000, 42);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            ForceAtlas2 run = new ForceAtlas2(network, ForceSettings.defaults(), round, NetworkLayout.empty(), Set.of());
            while (run.step()) {
                // to convergence
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            // The layout runs on one thread: its CPU time is what it costs on an idle machine.
            System.out.printf("force layout, 500 nodes / 5,000 edges, seed %d: %.3f s (%.3f s CPU), %d iterations, %s%n",
                    round, seconds, cpu, run.iterations(), run.iterations() >= ForceSettings.defaults().maxIterations()
                            ? "stopped at the iteration limit" : "converged");
        }
        CodeNetwork figure = figureNetwork(30, 470, 7);
        for (int round = 0; round < Math.min(rounds, 3); round++) {
            long started = System.nanoTime();
            Layouts.run(figure, LayoutKind.FIGURE, 0, NetworkLayout.empty(), Set.of());
            System.out.printf("figure layout, 30 participants / 470 categories / %d links: %.3f s%n",
                    figure.edges().size(), (System.nanoTime() - started) / 1e9);
        }
    }
}
