package org.grounded.analysis.network;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The figure's cut to its strongest links, on a hand-made network: codes A, B, C and the isolated
 * D; participants P1 and P2; participant links P1–A 5, P2–A 3, P1–B 3, P2–C 1 and a relation A→B.
 */
class StrongestLinksTest {

    static NetworkNode code(String id, boolean isolated) {
        return new NetworkNode(id, NodeKind.CODE, id, "#888888", 1, 0, false, isolated, null, null);
    }

    static NetworkNode participant(String id) {
        return new NetworkNode(id, NodeKind.PARTICIPANT, id, null, 1, 0, false, false, null, null);
    }

    static NetworkEdge link(String participant, String code, double citations) {
        return new NetworkEdge("link:" + participant + ":" + code, participant, code, EdgeKind.PARTICIPANT_LINK,
                citations, "", false, null);
    }

    static final CodeNetwork NETWORK = new CodeNetwork(
            List.of(code("A", false), code("B", false), code("C", false), code("D", true), participant("P1"),
                    participant("P2")),
            List.of(link("P1", "A", 5), link("P2", "A", 3), link("P1", "B", 3), link("P2", "C", 1),
                    new NetworkEdge("relation:1", "A", "B", EdgeKind.RELATION, 1, "is part of", true, "1")));

    private static List<String> edgeIds(StrongestLinks shown) {
        return shown.network().edges().stream().map(NetworkEdge::id).toList();
    }

    private static List<String> nodeIds(StrongestLinks shown) {
        return shown.network().nodes().stream().map(NetworkNode::id).toList();
    }

    @Test
    void aLeastWeightKeepsTheLinksOfThatWeightOrMoreAndEveryRelation() {
        StrongestLinks shown = StrongestLinks.atLeast(NETWORK, 3);

        assertThat(edgeIds(shown)).containsExactly("link:P1:A", "link:P2:A", "link:P1:B", "relation:1");
        assertThat(nodeIds(shown)).as("C lost its only link; D was isolated to begin with")
                .containsExactly("A", "B", "D", "P1", "P2");
        assertThat(shown.minimum()).isEqualTo(3);
        assertThat(shown.cut()).isTrue();
        assertThat(List.of(shown.totalLinks(), shown.totalCodes(), shown.totalOthers())).containsExactly(5, 4, 2);
        assertThat(shown.network().nodesById().get("A").degree()).as("P1, P2 and the relation").isEqualTo(3);
        assertThat(shown.network().nodesById().get("P2").degree()).as("its link to C is cut").isEqualTo(1);
    }

    @Test
    void theStrongestKeepsNoMoreThanTheNumberAndCutsTiesTogether() {
        // Weights 5, 3, 3, 1: two links cannot be kept without splitting the 3s, so only the 5 is.
        StrongestLinks two = StrongestLinks.strongest(NETWORK, 2);
        assertThat(edgeIds(two)).containsExactly("link:P1:A", "relation:1");
        assertThat(two.minimum()).isEqualTo(5);
        assertThat(nodeIds(two)).containsExactly("A", "B", "D", "P1");

        StrongestLinks three = StrongestLinks.strongest(NETWORK, 3);
        assertThat(edgeIds(three)).containsExactly("link:P1:A", "link:P2:A", "link:P1:B", "relation:1");
        assertThat(three.minimum()).isEqualTo(3);
    }

    @Test
    void aNetworkWithinTheNumberOrAZeroWeightKeepsEverything() {
        for (StrongestLinks shown : List.of(StrongestLinks.strongest(NETWORK, 4), StrongestLinks.atLeast(NETWORK, 0),
                StrongestLinks.atLeast(NETWORK, 1))) {
            assertThat(shown.network()).isEqualTo(NETWORK);
            assertThat(shown.cut()).isFalse();
            assertThat(shown.minimum()).isZero();
        }
    }

    @Test
    void linksAllOfOneWeightAreKeptOverTheNumberRatherThanAllCut() {
        CodeNetwork alike = new CodeNetwork(List.of(code("A", false), code("B", false), participant("P1")),
                List.of(link("P1", "A", 2), link("P1", "B", 2)));

        assertThat(edgeIds(StrongestLinks.strongest(alike, 1))).containsExactly("link:P1:A", "link:P1:B");
        assertThatThrownBy(() -> StrongestLinks.strongest(alike, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
