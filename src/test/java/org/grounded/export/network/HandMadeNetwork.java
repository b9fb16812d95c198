package org.grounded.export.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NodeKind;
import org.grounded.analysis.network.layout.NetworkLayout;
import org.grounded.analysis.network.layout.Point;
import org.grounded.model.CodingLevel;

/**
 * A network written by hand, so the exports are checked against values set here and not against
 * the analysis: Milk (central, 36 citations), Fears (9), Hygiene (isolated, 0), the participant
 * "Ana <&> "Bea"" (a name that needs escaping) and a participant group; a directed relation, a
 * participant link with its linking word, a co-occurrence with a fractional weight.
 */
final class HandMadeNetwork {

    static final String MILK = "c-milk";
    static final String FEARS = "c-fears";
    static final String HYGIENE = "c-hygiene";
    static final String ANA = "p-ana";
    static final String DONORS = "g-donors";
    static final String ODD_NAME = "Ana <&> \"Bea\"";

    static final CodeNetwork NETWORK = new CodeNetwork(List.of(
            new NetworkNode(MILK, NodeKind.CODE, "Significance of milk", "#F3C300", 36, 2, true, false,
                    CodingLevel.SELECTIVE, null),
            new NetworkNode(FEARS, NodeKind.CODE, "Fears", "#BE0032", 9, 2, false, false, CodingLevel.AXIAL, null),
            new NetworkNode(HYGIENE, NodeKind.CODE, "Hygiene practices", "#222222", 0, 0, false, true,
                    CodingLevel.OPEN, null),
            new NetworkNode(ANA, NodeKind.PARTICIPANT, ODD_NAME, null, 12, 1, false, false, null, null),
            new NetworkNode(DONORS, NodeKind.PARTICIPANT_GROUP, "Donors", null, 3, 1, false, false, null, null)),
            List.of(new NetworkEdge("r1", FEARS, MILK, EdgeKind.RELATION, 1, "is cause of", true, "rel-1"),
                    new NetworkEdge("p1", ANA, FEARS, EdgeKind.PARTICIPANT_LINK, 7, "mentions", false, null),
                    new NetworkEdge("c1", MILK, DONORS, EdgeKind.COOCCURRENCE, 0.375, "", false, null)));

    static final NetworkLayout LAYOUT = new NetworkLayout(positions());

    private HandMadeNetwork() {
    }

    private static Map<String, Point> positions() {
        Map<String, Point> positions = new LinkedHashMap<>();
        positions.put(MILK, new Point(0, 0));
        positions.put(FEARS, new Point(200, 0));
        positions.put(HYGIENE, new Point(-150, 180));
        positions.put(ANA, new Point(200, 160.5));
        positions.put(DONORS, new Point(-120, -140));
        return positions;
    }
}
