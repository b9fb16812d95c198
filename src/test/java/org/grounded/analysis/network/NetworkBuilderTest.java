package org.grounded.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.grounded.analysis.network.NetworkStudy.id;

import java.nio.file.Path;
import java.util.Set;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.CodingLevel;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;

/** The network of a hand-made study, counted on paper (see {@link NetworkStudy}), and of the sample study. */
class NetworkBuilderTest {

    private final NetworkStudy study = new NetworkStudy();

    private CodeNetwork build(NetworkRequest request) {
        return NetworkBuilder.build(study.project, request);
    }

    private NetworkNode node(CodeNetwork network, String id) {
        return network.node(id).orElseThrow(() -> new AssertionError("no node " + id));
    }

    @Test
    void figureOneLinksEachParticipantToTheCodesItCitesWithTheCitationCounts() {
        CodeNetwork network = build(NetworkRequest.figureOne());

        assertThat(network.nodes()).extracting(NetworkNode::label).containsExactly(
                "Motivation", "Empowerment", "Duty", "Fears", "Hygiene", "Milk", "Theory", "Ana", "Bea", "Cruz");
        assertThat(network.edges()).filteredOn(edge -> edge.kind() == EdgeKind.PARTICIPANT_LINK)
                .extracting(NetworkEdge::sourceId, NetworkEdge::targetId, NetworkEdge::weight, NetworkEdge::label)
                .containsExactlyInAnyOrder(
                        tuple(id(study.ana), id(study.motivation), 2.0, "mentions"),
                        tuple(id(study.ana), id(study.empowerment), 1.0, "mentions"),
                        tuple(id(study.ana), id(study.duty), 1.0, "mentions"),
                        tuple(id(study.ana), id(study.fears), 2.0, "mentions"),
                        tuple(id(study.bea), id(study.motivation), 2.0, "mentions"),
                        tuple(id(study.bea), id(study.empowerment), 1.0, "mentions"),
                        tuple(id(study.bea), id(study.duty), 1.0, "mentions"),
                        tuple(id(study.bea), id(study.milk), 1.0, "mentions"),
                        tuple(id(study.cruz), id(study.milk), 1.0, "mentions"),
                        tuple(id(study.cruz), id(study.fears), 1.0, "mentions"));
    }

    @Test
    void aCitationsTableAlreadyCountedWithMarksGivesTheSameNetworkAndAnotherTableIsRefused() {
        CitationTable table2 = CitationTables.compute(study.project, CitationTableRequest.defaults());

        CodeNetwork fromTable = NetworkBuilder.build(study.project, NetworkRequest.figureOne(), table2);
        CodeNetwork counted = build(NetworkRequest.figureOne());

        assertThat(fromTable.nodes()).isEqualTo(counted.nodes());
        assertThat(fromTable.edges()).isEqualTo(counted.edges());
        CitationTable byDocument = CitationTables.compute(study.project,
                CitationTableRequest.defaults().withColumns(org.grounded.analysis.citations.ColumnsBy.documents()));
        assertThatThrownBy(() -> NetworkBuilder.build(study.project, NetworkRequest.figureOne(), byDocument))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void relationsCarryTheirTypeAsLabelAndDirection() {
        CodeNetwork network = build(NetworkRequest.figureOne());

        assertThat(network.edges()).filteredOn(edge -> edge.kind() == EdgeKind.RELATION)
                .extracting(NetworkEdge::sourceId, NetworkEdge::targetId, NetworkEdge::label, NetworkEdge::directed,
                        NetworkEdge::relationId)
                .containsExactly(
                        tuple(id(study.fears), id(study.milk), "is cause of", true, study.causes.id().toString()),
                        tuple(id(study.empowerment), id(study.duty), "contradicts", false,
                                study.contradicts.id().toString()),
                        tuple(id(study.theory), id(study.milk), "is part of", true, study.partOf.id().toString()));
    }

    @Test
    void nodesCarryCitationsDegreeCentralAndIsolated() {
        CodeNetwork network = build(NetworkRequest.figureOne());

        assertThat(network.nodes())
                .extracting(NetworkNode::label, NetworkNode::citations, NetworkNode::degree, NetworkNode::central,
                        NetworkNode::isolated)
                .containsExactly(
                        tuple("Motivation", 4, 2, true, false),
                        tuple("Empowerment", 2, 3, false, false),
                        tuple("Duty", 2, 3, false, false),
                        tuple("Fears", 3, 3, false, false),
                        tuple("Hygiene", 0, 0, false, true),
                        tuple("Milk", 2, 4, true, false),
                        // Related to Milk, but no participant mentions it: apart, as study A's white categories.
                        tuple("Theory", 0, 1, false, true),
                        tuple("Ana", 3, 4, false, false),
                        tuple("Bea", 3, 4, false, false),
                        tuple("Cruz", 1, 2, false, false));
        NetworkNode motivation = node(network, id(study.motivation));
        assertThat(motivation.colour()).isEqualTo("#0067A5");
        assertThat(motivation.level()).isEqualTo(CodingLevel.AXIAL);
        assertThat(node(network, id(study.ana)).colour()).isNull();
        assertThat(node(network, id(study.ana)).level()).isNull();
        assertThat(node(network, id(study.duty)).parentId()).isEqualTo(id(study.motivation));
        assertThat(motivation.parentId()).isNull();
    }

    @Test
    void cooccurrenceCountsAreTheMatrixCountsAboveTheMinimum() {
        CodeNetwork network = build(NetworkRequest.codeMap().withEdgeKinds(Set.of(EdgeKind.COOCCURRENCE)));

        // n(Empowerment, Fears): q1 holds both (1) and q1's Empowerment overlaps q2's Fears (1).
        assertThat(network.edges())
                .extracting(NetworkEdge::sourceId, NetworkEdge::targetId, NetworkEdge::weight, NetworkEdge::directed)
                .containsExactly(
                        tuple(id(study.empowerment), id(study.duty), 1.0, false),
                        tuple(id(study.empowerment), id(study.fears), 2.0, false),
                        tuple(id(study.fears), id(study.milk), 1.0, false));
        // Without participant links, isolated means without any edge.
        assertThat(network.nodes()).filteredOn(NetworkNode::isolated).extracting(NetworkNode::label)
                .containsExactly("Motivation", "Hygiene", "Theory");
        assertThat(network.nodes()).noneMatch(node -> node.kind() != NodeKind.CODE);
    }

    @Test
    void cooccurrenceCoefficientsWithAMinimumDropTheWeakEdges() {
        CodeNetwork network = build(NetworkRequest.codeMap().withEdgeKinds(Set.of(EdgeKind.COOCCURRENCE))
                .withCooccurrenceWeight(CooccurrenceWeight.C_COEFFICIENT, 0.3));

        // c = n(A,B) / (n(A) + n(B) - n(A,B)); n(Empowerment) = 2, n(Duty) = 2, n(Fears) = 3, n(Milk) = 2.
        assertThat(network.edges()).hasSize(2);
        assertThat(network.edges().get(0).targetId()).isEqualTo(id(study.duty));
        assertThat(network.edges().get(0).weight()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(network.edges().get(1).targetId()).isEqualTo(id(study.fears));
        assertThat(network.edges().get(1).weight()).isCloseTo(2.0 / 3, within(1e-12));
        // Milk-Fears has c = 1/4, under the minimum.
    }

    @Test
    void hierarchyLinksSubCodesToTheirCategory() {
        CodeNetwork network = build(NetworkRequest.codeMap().withCodes(CodeSelection.subtree(study.motivation.id()))
                .withEdgeKinds(Set.of(EdgeKind.HIERARCHY)));

        assertThat(network.nodes()).extracting(NetworkNode::label).containsExactly("Motivation", "Empowerment", "Duty");
        assertThat(network.edges())
                .extracting(NetworkEdge::sourceId, NetworkEdge::targetId, NetworkEdge::label, NetworkEdge::directed)
                .containsExactly(
                        tuple(id(study.empowerment), id(study.motivation), "sub-code of", true),
                        tuple(id(study.duty), id(study.motivation), "sub-code of", true));
    }

    @Test
    void aSubCodeWhoseCategoryIsLeftOutHasNoParentInTheNetwork() {
        CodeNetwork network = build(NetworkRequest.codeMap().withCodes(CodeSelection.level(CodingLevel.OPEN))
                .withEdgeKinds(Set.of(EdgeKind.HIERARCHY)));

        assertThat(network.nodes()).extracting(NetworkNode::label)
                .containsExactly("Empowerment", "Duty", "Hygiene", "Theory");
        assertThat(network.nodes()).allMatch(node -> node.parentId() == null);
        assertThat(network.edges()).isEmpty();
    }

    @Test
    void codeSelectionsByGroupLevelAndCore() {
        assertThat(build(NetworkRequest.codeMap().withCodes(CodeSelection.codeGroup(study.feelings.id()))).nodes())
                .extracting(NetworkNode::label).containsExactly("Fears", "Milk");
        assertThat(build(NetworkRequest.codeMap().withCodes(CodeSelection.level(CodingLevel.AXIAL))).nodes())
                .extracting(NetworkNode::label).containsExactly("Motivation", "Fears");
        assertThat(build(NetworkRequest.codeMap().withCodes(CodeSelection.core())).nodes())
                .extracting(NetworkNode::label).containsExactly("Motivation", "Milk");
    }

    @Test
    void participantGroupsAndDocumentsLinkToTheCodesTheirWordsCite() {
        CodeNetwork network = build(NetworkRequest.figureOne()
                .withExtraNodeKinds(Set.of(NodeKind.PARTICIPANT_GROUP, NodeKind.DOCUMENT))
                .withEdgeKinds(Set.of(EdgeKind.PARTICIPANT_LINK)).withLinkingWord("talks about"));

        String group = study.anaAndBea.id().toString();
        String cruzDocument = study.cruzInterview.id().toString();
        assertThat(network.nodes()).filteredOn(node -> node.kind() != NodeKind.CODE)
                .extracting(NetworkNode::label, NetworkNode::kind, NetworkNode::citations)
                .containsExactly(
                        tuple("Ana's interview", NodeKind.DOCUMENT, 3),
                        tuple("Bea's interview", NodeKind.DOCUMENT, 3),
                        tuple("Cruz's interview", NodeKind.DOCUMENT, 1),
                        tuple("Ana and Bea", NodeKind.PARTICIPANT_GROUP, 6));
        assertThat(network.edgesOf(group))
                .extracting(NetworkEdge::targetId, NetworkEdge::weight, NetworkEdge::label)
                .containsExactly(
                        tuple(id(study.motivation), 4.0, "talks about"),
                        tuple(id(study.empowerment), 2.0, "talks about"),
                        tuple(id(study.duty), 2.0, "talks about"),
                        tuple(id(study.fears), 2.0, "talks about"),
                        tuple(id(study.milk), 1.0, "talks about"));
        assertThat(network.edgesOf(cruzDocument)).extracting(NetworkEdge::targetId)
                .containsExactly(id(study.fears), id(study.milk));
    }

    @Test
    void onlyTheSavedMembersAndTheEdgesBetweenThem() {
        CodeNetwork network = build(NetworkRequest.figureOne()
                .withOnlyNodeIds(Set.of(id(study.fears), id(study.milk), id(study.ana))));

        assertThat(network.nodes()).extracting(NetworkNode::label, NetworkNode::degree, NetworkNode::isolated)
                .containsExactly(tuple("Fears", 2, false), tuple("Milk", 1, true), tuple("Ana", 1, false));
        assertThat(network.edges()).extracting(NetworkEdge::kind, NetworkEdge::weight)
                .containsExactly(tuple(EdgeKind.PARTICIPANT_LINK, 2.0), tuple(EdgeKind.RELATION, 1.0));
        assertThat(network.neighbours(id(study.fears))).extracting(NetworkNode::label).containsExactly("Ana", "Milk");
    }

    @Test
    void edgeKindsSwitchOff() {
        CodeNetwork network = build(NetworkRequest.figureOne().withEdgeKinds(Set.of()));

        assertThat(network.edges()).isEmpty();
        assertThat(network.nodes()).hasSize(10);
        assertThat(network.nodes()).filteredOn(NetworkNode::isolated).hasSize(7);
    }

    @Test
    void aNetworkRefusesADuplicateNodeAndAnEdgeToNowhere() {
        NetworkNode a = new NetworkNode("a", NodeKind.CODE, "A", null, 0, 0, false, true, null, null);
        NetworkEdge dangling = new NetworkEdge("e", "a", "b", EdgeKind.RELATION, 1, "", false, null);

        assertThatThrownBy(() -> new CodeNetwork(java.util.List.of(a, a), java.util.List.of()))
                .hasMessage("Node a is in the network twice");
        assertThatThrownBy(() -> new CodeNetwork(java.util.List.of(a), java.util.List.of(dangling)))
                .hasMessage("Edge e ends at a node that is not in the network");
    }

    @Test
    void aRequestForAGroupOfTheWrongKindIsRefusedWithItsName() {
        assertThatThrownBy(() -> build(NetworkRequest.codeMap().withCodes(CodeSelection.codeGroup(study.anaAndBea.id()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Group 'Ana and Bea' is a participant group, not a code group");
    }

    @Test
    void onTheSampleStudyParticipantLinksAreTheCitationTableCellsAndCooccurrencesTheMatrix() throws Exception {
        Project sample = new ProjectFileStore().load(Path.of("samples/milk-donation.grounded"));
        CodeNetwork network = NetworkBuilder.build(sample, NetworkRequest.figureOne()
                .withEdgeKinds(Set.of(EdgeKind.PARTICIPANT_LINK, EdgeKind.COOCCURRENCE)));
        CitationTable table = CitationTables.compute(sample, CitationTableRequest.defaults());
        CooccurrenceMatrix matrix = Cooccurrences.matrix(sample, CooccurrenceRequest.allCodes());

        int positiveCells = 0;
        for (CitationRow row : table.rows()) {
            String code = row.code().id().toString();
            assertThat(node(network, code).citations()).as(row.code().name()).isEqualTo(row.total().count());
            for (int c = 0; c < table.columns().size(); c++) {
                int count = row.cell(c).count();
                String participant = table.columns().get(c).key();
                var link = network.edges().stream().filter(edge -> edge.kind() == EdgeKind.PARTICIPANT_LINK
                        && edge.sourceId().equals(participant) && edge.targetId().equals(code)).toList();
                if (count == 0) {
                    assertThat(link).isEmpty();
                } else {
                    positiveCells++;
                    assertThat(link).singleElement().extracting(NetworkEdge::weight).isEqualTo((double) count);
                }
            }
        }
        int positivePairs = 0;
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = i + 1; j < matrix.size(); j++) {
                long count = matrix.count(i, j);
                String a = matrix.codes().get(i).id().toString();
                String b = matrix.codes().get(j).id().toString();
                var edge = network.edges().stream().filter(e -> e.kind() == EdgeKind.COOCCURRENCE
                        && e.touches(a) && e.touches(b)).toList();
                if (count == 0) {
                    assertThat(edge).isEmpty();
                } else {
                    positivePairs++;
                    assertThat(edge).singleElement().extracting(NetworkEdge::weight).isEqualTo((double) count);
                }
            }
        }
        assertThat(positiveCells).isGreaterThan(50);
        assertThat(positivePairs).isGreaterThan(20);
        assertThat(network.edges()).hasSize(positiveCells + positivePairs);
    }
}
