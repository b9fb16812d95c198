package org.grounded.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NodeKind;
import org.grounded.analysis.network.layout.Point;
import org.grounded.model.Code;
import org.grounded.model.Position;
import org.grounded.model.Project;
import org.grounded.model.Relation;
import org.grounded.model.SavedNetwork;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.PassageCard;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The network window's logic over the sample study, without a stage. */
class NetworkViewModelTest {

    private final StubDialogService dialogs = new StubDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private Project project;
    private Workspace workspace;
    private NetworkViewModel viewModel;

    @BeforeEach
    void openTheSampleAndDrawFigureOne() {
        project = AnalysisFixture.sample();
        workspace = AnalysisFixture.workspaceWith(project);
        viewModel = new NetworkViewModel(new Editor(workspace, dialogs), executor, new AnalysisFixture.RecordingClipboard());
        viewModel.canvasWidthProperty().set(900);
        viewModel.canvasHeightProperty().set(640);
        viewModel.setActive(true);
        dialogs.texts.push(Optional.of("Figure 1"));
        assertThat(viewModel.newNetwork()).isTrue();
    }

    private SavedNetwork saved() {
        return project.networks().stream().filter(n -> n.name().equals("Figure 1")).findFirst().orElseThrow();
    }

    private NetworkNode node(String label) {
        return viewModel.networkProperty().get().nodes().stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow();
    }

    private Point at(String label) {
        return viewModel.positionsProperty().get().get(node(label).id());
    }

    private void undo() {
        workspace.session().orElseThrow().undoManager().undo();
        executor.runScheduled();
    }

    @Test
    void aNewNetworkIsSavedByNameAndShowsEveryCodeAndParticipantPlaced() {
        assertThat(viewModel.nameProperty().get()).isEqualTo("Figure 1");
        assertThat(viewModel.networks()).extracting(choice -> choice.label()).containsExactly("Figure 1");
        List<NetworkNode> nodes = viewModel.networkProperty().get().nodes();
        assertThat(nodes.stream().filter(NetworkNode::isCode)).hasSize(project.codes().size());
        assertThat(nodes.stream().filter(n -> n.kind() == NodeKind.PARTICIPANT).map(NetworkNode::label))
                .contains("María", "Aisyah", "Lucía");
        assertThat(viewModel.positionsProperty().get().keySet())
                .containsExactlyInAnyOrderElementsOf(nodes.stream().map(NetworkNode::id).toList());
        assertThat(viewModel.layingOutProperty().get()).isFalse();
        assertThat(viewModel.networkProperty().get().edges()).extracting(NetworkEdge::kind)
                .containsOnly(EdgeKind.PARTICIPANT_LINK, EdgeKind.RELATION);
    }

    @Test
    void fittingShowsEveryNodeInsideTheCanvas() {
        viewModel.zoom(5);
        viewModel.fit();
        Viewport view = viewModel.viewportProperty().get();
        for (Viewport.Circle circle : viewModel.circles()) {
            Point screen = view.toScreen(new Point(circle.x(), circle.y()));
            double r = circle.radius() * view.scale();
            assertThat(screen.x() - r).isGreaterThanOrEqualTo(NetworkViewModel.FIT_MARGIN - 1e-6);
            assertThat(screen.x() + r).isLessThanOrEqualTo(900 - NetworkViewModel.FIT_MARGIN + 1e-6);
            assertThat(screen.y() - r).isGreaterThanOrEqualTo(NetworkViewModel.FIT_MARGIN - 1e-6);
            assertThat(screen.y() + r).isLessThanOrEqualTo(640 - NetworkViewModel.FIT_MARGIN + 1e-6);
        }
    }

    @Test
    void thePointerFindsTheNodeUnderItAndNothingJustOutside() {
        Viewport view = viewModel.viewportProperty().get();
        NetworkNode maria = node("María");
        Point centre = view.toScreen(at("María"));
        assertThat(viewModel.nodeAt(centre.x(), centre.y())).map(NetworkNode::label).contains("María");
        double r = maria.radius() * view.scale();
        assertThat(viewModel.nodeAt(centre.x() + r * 0.9, centre.y())).map(NetworkNode::label).contains("María");
        assertThat(viewModel.nodeAt(centre.x() + r + 2, centre.y()).map(NetworkNode::label)).isNotEqualTo(
                Optional.of("María"));
    }

    @Test
    void clickingACodeListsItsQuotationsAndThoseOfItsSubCodes() {
        Code motivation = project.codeNamed("Motivation").orElseThrow();
        Set<UUID> family = new HashSet<>();
        project.subtree(motivation.id()).forEach(code -> family.add(code.id()));
        family.add(motivation.id());
        long expected = project.quotations().stream()
                .filter(q -> q.codeIds().stream().anyMatch(family::contains)).count();

        viewModel.selectNode(motivation.id().toString());

        assertThat(viewModel.details()).hasSize((int) expected);
        assertThat(viewModel.detailTitleProperty().get()).isEqualTo("Motivation: " + expected + " quotations");
        Set<UUID> listed = new HashSet<>();
        viewModel.details().forEach(card -> listed.add(card.quotationId()));
        assertThat(listed).allSatisfy(id -> assertThat(project.quotation(id).orElseThrow().codeIds())
                .anyMatch(family::contains));
    }

    @Test
    void clickingAParticipantLinkListsThatParticipantsCitationsOfTheCode() {
        NetworkNode maria = node("María");
        NetworkEdge link = viewModel.networkProperty().get().edgesOf(maria.id()).stream()
                .filter(e -> e.kind() == EdgeKind.PARTICIPANT_LINK).findFirst().orElseThrow();
        NetworkNode code = viewModel.networkProperty().get().node(link.otherEnd(maria.id())).orElseThrow();

        viewModel.selectEdge(link.id());

        assertThat(viewModel.details()).hasSize((int) link.weight());
        assertThat(viewModel.detailTitleProperty().get()).startsWith("María mentions " + code.label() + ": ");
        assertThat(viewModel.details()).extracting(PassageCard::source).allSatisfy(source ->
                assertThat(source).contains("María"));
    }

    @Test
    void clickingACooccurrenceEdgeListsTheOverlappingPassagesTheMatrixCounts() {
        viewModel.options().cooccurrenceProperty().set(true);
        String motivation = node("Motivation").id();
        String responsibility = node("Social responsibility").id();
        NetworkEdge pair = viewModel.networkProperty().get().edges().stream()
                .filter(e -> e.kind() == EdgeKind.COOCCURRENCE && e.touches(motivation) && e.touches(responsibility))
                .findFirst().orElseThrow();
        // The co-occurrence window shows 11 for this cell of the sample study.
        assertThat(pair.weight()).isEqualTo(11);

        viewModel.selectEdge(pair.id());

        assertThat(viewModel.detailTitleProperty().get()).endsWith(": 11 overlapping pairs");
        assertThat(viewModel.details()).hasSize(11);
    }

    @Test
    void clickingARelationShowsItsComment() {
        NetworkEdge relation = viewModel.networkProperty().get().edges().stream()
                .filter(e -> e.kind() == EdgeKind.RELATION).findFirst().orElseThrow();
        Relation saved = project.find(Relation.class, UUID.fromString(relation.relationId())).orElseThrow();

        viewModel.selectEdge(relation.id());

        assertThat(viewModel.details()).isEmpty();
        assertThat(viewModel.detailTitleProperty().get()).contains(relation.label());
        assertThat(viewModel.detailNoteProperty().get()).isEqualTo(saved.comment().isBlank()
                ? "No comment on this relation. Write one in the coding view's Relations tab." : saved.comment());
    }

    @Test
    void draggingANodePinsItThereInTheSavedNetworkAndUndoPutsItBack() {
        Point before = at("Motivation");
        Point elsewhere = at("Fears");
        String id = node("Motivation").id();
        Viewport view = viewModel.viewportProperty().get();

        viewModel.dragNode(id, 120, 90);
        viewModel.dropNode(id);

        Point dropped = view.toWorld(120, 90);
        UUID uuid = UUID.fromString(id);
        assertThat(saved().pinned()).containsExactly(uuid);
        assertThat(saved().positions().get(uuid)).isEqualTo(new Position(dropped.x(), dropped.y()));
        UUID fears = UUID.fromString(node("Fears").id());
        assertThat(saved().positions().get(fears)).as("the rest of the picture is kept as shown")
                .isEqualTo(new Position(elsewhere.x(), elsewhere.y()));
        assertThat(viewModel.pinned()).containsExactly(id);
        assertThat(at("Motivation")).isEqualTo(dropped);

        undo();

        assertThat(saved().pinned()).isEmpty();
        assertThat(viewModel.pinned()).isEmpty();
        assertThat(at("Motivation").x()).isCloseTo(before.x(), within(1e-6));
        assertThat(at("Motivation").y()).isCloseTo(before.y(), within(1e-6));
    }

    @Test
    void changingAnOptionIsAnEditOfTheSavedNetworkAndUndoTurnsItBack() {
        viewModel.options().cooccurrenceProperty().set(true);

        assertThat(saved().settings().edgeKinds()).contains("COOCCURRENCE");
        assertThat(viewModel.networkProperty().get().edges()).extracting(NetworkEdge::kind)
                .contains(EdgeKind.COOCCURRENCE);

        undo();

        assertThat(saved().settings().edgeKinds()).doesNotContain("COOCCURRENCE");
        assertThat(viewModel.options().cooccurrenceProperty().get()).isFalse();
        assertThat(viewModel.networkProperty().get().edges()).extracting(NetworkEdge::kind)
                .doesNotContain(EdgeKind.COOCCURRENCE);
    }

    @Test
    void findingANodeByPartOfItsNameChoosesItAndCentresIt() {
        Optional<NetworkNode> found = viewModel.find("  motiv");

        assertThat(found).map(NetworkNode::label).contains("Motivation");
        assertThat(viewModel.selectedNodeProperty().get()).isEqualTo(found.get().id());
        Point screen = viewModel.viewportProperty().get().toScreen(at("Motivation"));
        assertThat(screen.x()).isCloseTo(450, within(1e-6));
        assertThat(screen.y()).isCloseTo(320, within(1e-6));
        assertThat(viewModel.find("no such node")).isEmpty();
        assertThat(viewModel.messageProperty().get()).contains("No node named \"no such node\"");
    }

    @Test
    void aNetworkNarrowedToANodeGrowsBackWithTheParticipantsWhoCiteIt() {
        NetworkNode midwife = node("Midwife");
        Set<String> citing = new HashSet<>();
        viewModel.networkProperty().get().edgesOf(midwife.id()).stream()
                .filter(e -> e.kind() == EdgeKind.PARTICIPANT_LINK).forEach(e -> citing.add(e.otherEnd(midwife.id())));
        assertThat(citing).isNotEmpty();

        viewModel.options().participantsProperty().set(false);
        viewModel.focus(midwife.id());
        assertThat(viewModel.networkProperty().get().nodes()).extracting(NetworkNode::kind)
                .doesNotContain(NodeKind.PARTICIPANT);

        viewModel.grow(midwife.id(), Growth.CITING_PARTICIPANTS);

        Set<String> shown = new HashSet<>();
        viewModel.networkProperty().get().nodes().forEach(n -> shown.add(n.id()));
        assertThat(shown).containsAll(citing).contains(midwife.id());
        assertThat(viewModel.options().participantsProperty().get()).isTrue();
        assertThat(saved().memberIds()).hasSize(shown.size());

        viewModel.hide(citing.iterator().next());
        assertThat(viewModel.networkProperty().get().node(citing.iterator().next())).isEmpty();
        viewModel.showAll();
        assertThat(saved().memberIds()).isEmpty();
        assertThat(viewModel.networkProperty().get().nodes().stream().filter(NetworkNode::isCode))
                .hasSize(project.codes().size());
    }

    @Test
    void relatingTwoCodesAsksHowAndMakesTheRelationButNotFromAParticipant() {
        String fears = node("Covid").id();
        String obstacles = node("Midwife").id();
        int before = project.relations().size();
        dialogs.picks.push(Optional.of("is cause of"));

        assertThat(viewModel.relate(fears, obstacles)).isTrue();

        assertThat(project.relations()).hasSize(before + 1);
        Relation made = project.relations().stream().filter(r -> r.sourceCodeId().toString().equals(fears)
                && r.targetCodeId().toString().equals(obstacles)).findFirst().orElseThrow();
        assertThat(project.relationType(made.typeId()).orElseThrow().name()).isEqualTo("is cause of");
        assertThat(viewModel.relate(node("María").id(), fears)).isFalse();
        assertThat(project.relations()).hasSize(before + 1);
    }

    @Test
    void theTooltipGivesKindCitationsAndDegree() {
        NetworkNode maria = node("María");
        assertThat(viewModel.tooltip(maria)).isEqualTo("María\nparticipant\n" + maria.citations() + " citations · degree "
                + viewModel.networkProperty().get().edgesOf(maria.id()).size());
    }

}
