package org.grounded.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.layout.Point;
import org.junit.jupiter.api.Test;

class NetworkHitsTest {

    private static NetworkEdge edge(String id, String from, String to) {
        return new NetworkEdge(id, from, to, EdgeKind.COOCCURRENCE, 1, "", false, null);
    }

    @Test
    void aPointInsideTwoOverlappingNodesPicksTheOnePaintedLast() {
        List<Viewport.Circle> nodes = List.of(new Viewport.Circle("under", 0, 0, 20),
                new Viewport.Circle("over", 10, 0, 20));
        assertThat(NetworkHits.nodeAt(nodes, new Point(5, 0))).map(Viewport.Circle::id).contains("over");
        assertThat(NetworkHits.nodeAt(nodes, new Point(-15, 0))).map(Viewport.Circle::id).contains("under");
        // Exactly on the rim still counts; just outside does not.
        assertThat(NetworkHits.nodeAt(nodes, new Point(30, 0))).map(Viewport.Circle::id).contains("over");
        assertThat(NetworkHits.nodeAt(nodes, new Point(30.01, 0))).isEmpty();
    }

    @Test
    void anEdgeIsHitNearItsLineButNotBeyondItsEnds() {
        Map<String, Point> positions = Map.of("a", new Point(0, 0), "b", new Point(100, 0), "c", new Point(0, 100));
        List<NetworkEdge> edges = List.of(edge("ab", "a", "b"), edge("ac", "a", "c"));

        assertThat(NetworkHits.edgeAt(edges, positions, new Point(50, 3), 5)).map(NetworkEdge::id).contains("ab");
        assertThat(NetworkHits.edgeAt(edges, positions, new Point(50, 6), 5)).isEmpty();
        // Beyond b's end the distance is to the end point: (104, 0) is 4 away, (106, 0) is 6.
        assertThat(NetworkHits.edgeAt(edges, positions, new Point(104, 0), 5)).map(NetworkEdge::id).contains("ab");
        assertThat(NetworkHits.edgeAt(edges, positions, new Point(106, 0), 5)).isEmpty();
        // Near both, the nearer wins.
        assertThat(NetworkHits.edgeAt(edges, positions, new Point(2, 1), 5)).map(NetworkEdge::id).contains("ab");
        assertThat(NetworkHits.edgeAt(edges, positions, new Point(1, 2), 5)).map(NetworkEdge::id).contains("ac");
    }

    @Test
    void anEdgeWithoutPositionsIsNeverHit() {
        Optional<NetworkEdge> hit = NetworkHits.edgeAt(List.of(edge("ab", "a", "b")), Map.of("a", new Point(0, 0)),
                new Point(0, 0), 5);
        assertThat(hit).isEmpty();
    }

    @Test
    void distanceToASegmentMatchesThePerpendicularOrTheNearerEnd() {
        Point a = new Point(0, 0);
        Point b = new Point(3, 4);
        assertThat(NetworkHits.distanceToSegment(new Point(4, -3), a, b)).isCloseTo(5, within(1e-9));
        assertThat(NetworkHits.distanceToSegment(new Point(6, 8), a, b)).isCloseTo(5, within(1e-9));
        assertThat(NetworkHits.distanceToSegment(new Point(1, 1), a, a)).isCloseTo(Math.sqrt(2), within(1e-9));
    }
}
