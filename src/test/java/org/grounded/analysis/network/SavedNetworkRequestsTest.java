package org.grounded.analysis.network;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grounded.analysis.network.layout.NetworkLayout;
import org.grounded.analysis.network.layout.Point;
import org.grounded.analysis.network.layout.SavedLayouts;
import org.grounded.model.CodingLevel;
import org.grounded.model.ColourScheme;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Position;
import org.grounded.model.SavedNetwork;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SavedNetworkRequestsTest {

    private final NetworkStudy study = new NetworkStudy();

    @Test
    void theModelsNamesAreTheAnalysissEnumNames() {
        assertThat(NetworkSettings.CODE_SELECTIONS).isEqualTo(names(CodeSelection.Kind.values()));
        assertThat(NetworkSettings.EDGE_KINDS).isEqualTo(names(EdgeKind.values()));
        assertThat(NetworkSettings.WEIGHTS).isEqualTo(names(CooccurrenceWeight.values()));
        Set<String> extra = names(NodeKind.values());
        extra.remove("CODE");
        assertThat(NetworkSettings.NODE_KINDS).isEqualTo(extra);
        assertThat(NetworkSettings.DEFAULT_LINKING_WORD).isEqualTo(NetworkRequest.DEFAULT_LINKING_WORD);
    }

    @Test
    void aSavedFigureOneAsksForWhatTheAnalysissFigureOneAsksForNarrowedToItsMembers() {
        SavedNetwork saved = SavedNetwork.of("Figure 1", NetworkSettings.figureOne(), ColourScheme.FIGURE)
                .withMembers(List.of(study.fears.id(), study.ana.id()));

        NetworkRequest request = SavedNetworkRequests.from(saved);

        NetworkRequest figure = NetworkRequest.figureOne();
        assertThat(request.codes()).isEqualTo(figure.codes());
        assertThat(request.extraNodeKinds()).isEqualTo(figure.extraNodeKinds());
        assertThat(request.edgeKinds()).isEqualTo(figure.edgeKinds());
        assertThat(request.linkingWord()).isEqualTo("mentions");
        assertThat(request.onlyNodeIds()).containsExactlyInAnyOrder(study.fears.id().toString(), study.ana.id().toString());
        CodeNetwork network = NetworkBuilder.build(study.project, request);
        assertThat(network.nodes()).extracting(NetworkNode::label).containsExactly("Fears", "Ana");
        assertThat(network.edges()).singleElement().satisfies(edge -> assertThat(edge.weight()).isEqualTo(2));
    }

    @Test
    void settingsAndRequestsTurnIntoEachOther() {
        NetworkSettings settings = new NetworkSettings("LEVEL", null, CodingLevel.AXIAL, Set.of("DOCUMENT", "PARTICIPANT"),
                Set.of("COOCCURRENCE", "HIERARCHY"), "C_COEFFICIENT", 0.2, "dice");

        NetworkRequest request = SavedNetworkRequests.from(settings);

        assertThat(request.codes()).isEqualTo(CodeSelection.level(CodingLevel.AXIAL));
        assertThat(request.extraNodeKinds()).containsExactlyInAnyOrder(NodeKind.DOCUMENT, NodeKind.PARTICIPANT);
        assertThat(request.cooccurrenceWeight()).isEqualTo(CooccurrenceWeight.C_COEFFICIENT);
        assertThat(request.minimumWeight()).isEqualTo(0.2);
        assertThat(request.linkingWord()).isEqualTo("dice");
        NetworkSettings back = SavedNetworkRequests.settingsOf(request);
        assertThat(SavedNetworkRequests.from(back)).isEqualTo(request);
    }

    @Test
    void placesAndPinsBecomeTheLayoutsStartAndComeBackFromIt() {
        SavedNetwork saved = SavedNetwork.of("N", NetworkSettings.figureOne(), ColourScheme.FIGURE)
                .withPlaces(Map.of(study.fears.id(), new Position(1.5, -2)), Set.of(study.fears.id()));

        NetworkLayout start = SavedLayouts.start(saved);

        assertThat(start.positions()).containsExactlyEntriesOf(Map.of(study.fears.id().toString(), new Point(1.5, -2)));
        assertThat(SavedLayouts.pinned(saved)).containsExactly(study.fears.id().toString());
        assertThat(SavedLayouts.positions(start)).containsExactlyEntriesOf(saved.positions());
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
