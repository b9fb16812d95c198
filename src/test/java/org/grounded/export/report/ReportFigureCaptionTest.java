package org.grounded.export.report;

import java.util.List;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NodeKind;
import org.grounded.analysis.network.StrongestLinks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The figure's caption says how many of how many links it draws, and from which weight. */
class ReportFigureCaptionTest {

    private static NetworkNode node(String id, NodeKind kind, boolean isolated) {
        return new NetworkNode(id, kind, id, kind == NodeKind.CODE ? "#888888" : null, 1, 0, false, isolated, null, null);
    }

    private static NetworkEdge link(String participant, String code, double citations) {
        return new NetworkEdge("link:" + participant + ":" + code, participant, code, EdgeKind.PARTICIPANT_LINK,
                citations, "", false, null);
    }

    /** Codes A, B, C, D (isolated), participants P1, P2; links P1–A 5, P2–A 3, P1–B 3, P2–C 1; relation A→B. */
    private static final CodeNetwork NETWORK = new CodeNetwork(
            List.of(node("A", NodeKind.CODE, false), node("B", NodeKind.CODE, false), node("C", NodeKind.CODE, false),
                    node("D", NodeKind.CODE, true), node("P1", NodeKind.PARTICIPANT, false),
                    node("P2", NodeKind.PARTICIPANT, false)),
            List.of(link("P1", "A", 5), link("P2", "A", 3), link("P1", "B", 3), link("P2", "C", 1),
                    new NetworkEdge("relation:1", "A", "B", EdgeKind.RELATION, 1, "", true, "1")));

    @Test
    void aCutFigureCountsWhatItShowsOfTheWhole() {
        assertThat(ReportFigure.counts(StrongestLinks.strongest(NETWORK, 2)))
                .isEqualTo("3 of 4 codes, 1 of 2 participants; 2 of 5 links shown, those cited at least 5 times, "
                        + "and every relation");
        assertThat(ReportFigure.counts(StrongestLinks.atLeast(NETWORK, 3)))
                .isEqualTo("3 of 4 codes, 2 of 2 participants; 4 of 5 links shown, those cited at least 3 times, "
                        + "and every relation");
    }

    @Test
    void aWholeFigureKeepsItsShortCaption() {
        assertThat(ReportFigure.counts(StrongestLinks.strongest(NETWORK, StrongestLinks.DEFAULT_MOST_LINKS)))
                .isEqualTo("4 codes, 2 participants, 5 links");
    }

    @Test
    void oneCitationIsSingular() {
        CodeNetwork many = new CodeNetwork(List.of(node("A", NodeKind.CODE, false), node("P1", NodeKind.PARTICIPANT, false),
                node("P2", NodeKind.PARTICIPANT, false)), List.of(link("P1", "A", 1), link("P2", "A", 0.5)));
        assertThat(ReportFigure.counts(StrongestLinks.atLeast(many, 1)))
                .isEqualTo("1 of 1 codes, 1 of 2 participants; 1 of 2 links shown, those cited at least 1 time");
    }
}
