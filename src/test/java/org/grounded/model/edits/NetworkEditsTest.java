package org.grounded.model.edits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.CodingLevel;
import org.grounded.model.ColourScheme;
import org.grounded.model.EntityEdit;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Position;
import org.grounded.model.Project;
import org.grounded.model.SavedNetwork;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class NetworkEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    private SavedNetwork figureOne(UUID... members) {
        EntityEdit create = NetworkEdits.create(project, "Figure 1", NetworkSettings.figureOne(), ColourScheme.FIGURE,
                List.of(members));
        project.apply(create);
        return network();
    }

    private SavedNetwork network() {
        return project.networks().iterator().next();
    }

    @Test
    void creatingANetworkWithMembersKeepsTheirOrderAndPlacesNothing() {
        EntityEdit create = NetworkEdits.create(project, "  Figure 1 ", NetworkSettings.figureOne(), ColourScheme.FIGURE,
                List.of(study.support.id(), study.ana.id(), study.fears.id(), study.ana.id()));

        assertThat(create.description()).isEqualTo("Add network 'Figure 1'");
        applyCheckAndRevert(project, create, p -> {
            SavedNetwork network = p.networks().iterator().next();
            assertThat(network.name()).isEqualTo("Figure 1");
            assertThat(network.memberIds()).containsExactly(study.support.id(), study.ana.id(), study.fears.id());
            assertThat(network.positions()).isEmpty();
            assertThat(network.settings().edgeKinds()).containsExactly("PARTICIPANT_LINK", "RELATION");
        });
    }

    @Test
    void namesAreNeededAndUniqueWhateverTheirCase() {
        figureOne();

        assertThatThrownBy(() -> NetworkEdits.create(project, "figure 1", NetworkSettings.cooccurrence(),
                ColourScheme.CODE, List.of())).hasMessage("There is already a network named 'Figure 1'");
        assertThatThrownBy(() -> NetworkEdits.create(project, " ", NetworkSettings.cooccurrence(),
                ColourScheme.CODE, List.of())).hasMessage("A network needs a name");
        EntityEdit rename = NetworkEdits.rename(project, network().id(), "Discourse").orElseThrow();
        assertThat(rename.description()).isEqualTo("Rename network 'Figure 1' to 'Discourse'");
        applyCheckAndRevert(project, rename, p -> assertThat(p.networks()).extracting(SavedNetwork::name)
                .containsExactly("Discourse"));
        assertThat(NetworkEdits.rename(project, network().id(), "Figure 1")).isEmpty();
    }

    @Test
    void onlyCodesParticipantsDocumentsAndParticipantGroupsAreNodes() {
        assertThatThrownBy(() -> NetworkEdits.create(project, "N", NetworkSettings.figureOne(), ColourScheme.FIGURE,
                List.of(study.fearQuote.id()))).hasMessageContaining("can be nodes of a network");
        assertThatThrownBy(() -> NetworkEdits.create(project, "N", NetworkSettings.figureOne(), ColourScheme.FIGURE,
                List.of(study.centralCodes.id()))).hasMessageContaining("can be nodes of a network");
        assertThatThrownBy(() -> NetworkEdits.create(project, "N", NetworkSettings.figureOne(), ColourScheme.FIGURE,
                List.of(UUID.randomUUID()))).hasMessageContaining("can be nodes of a network");
        EntityEdit ok = NetworkEdits.create(project, "N", NetworkSettings.figureOne(), ColourScheme.FIGURE,
                List.of(study.interview.id(), study.ana.id(), study.family.id()));
        applyCheckAndRevert(project, ok, p -> assertThat(p.networks()).hasSize(1));
    }

    @Test
    void oneDragMovesAndPinsAllItsNodesInOneEditThatOneUndoTakesBack() {
        SavedNetwork network = figureOne();
        Map<UUID, Position> drag = new LinkedHashMap<>();
        drag.put(study.fears.id(), new Position(10, 20));
        drag.put(study.ana.id(), new Position(-5.5, 0));

        EntityEdit move = NetworkEdits.moveNodes(project, network.id(), drag).orElseThrow();

        assertThat(move.description()).isEqualTo("Move 'Fears', 'Ana' in network 'Figure 1'");
        assertThat(move.changes()).hasSize(1);
        applyCheckAndRevert(project, move, p -> {
            SavedNetwork moved = p.networks().iterator().next();
            assertThat(moved.positions()).containsExactlyEntriesOf(drag);
            assertThat(moved.pinned()).containsExactly(study.fears.id(), study.ana.id());
        });
        assertThat(NetworkEdits.moveNodes(project, network.id(), Map.of())).isEmpty();
    }

    @Test
    void aLayoutPlacesTheUnpinnedNodesAndLeavesThePinnedOnesWhereTheyWere() {
        SavedNetwork network = figureOne();
        project.apply(NetworkEdits.moveNodes(project, network.id(),
                Map.of(study.fears.id(), new Position(1, 1))).orElseThrow());

        EntityEdit layout = NetworkEdits.placeNodes(project, network.id(), Map.of(
                study.fears.id(), new Position(99, 99), study.motivation.id(), new Position(3, 4))).orElseThrow();

        assertThat(layout.description()).isEqualTo("Lay out network 'Figure 1'");
        applyCheckAndRevert(project, layout, p -> assertThat(network().positions()).containsExactlyInAnyOrderEntriesOf(Map.of(
                study.fears.id(), new Position(1, 1), study.motivation.id(), new Position(3, 4))));
        EntityEdit unpin = NetworkEdits.unpin(project, network.id(), List.of(study.fears.id(), study.ana.id())).orElseThrow();
        assertThat(unpin.description()).isEqualTo("Unpin 'Fears' in network 'Figure 1'");
        applyCheckAndRevert(project, unpin, p -> {
            assertThat(network().pinned()).isEmpty();
            assertThat(network().positions()).containsKey(study.fears.id());
        });
    }

    @Test
    void growingAddsNewMembersAtTheEndAndANetworkOfEverythingHasNothingToGrowInto() {
        SavedNetwork chosen = figureOne(study.support.id());

        EntityEdit grow = NetworkEdits.addMembers(project, chosen.id(),
                List.of(study.support.id(), study.family.id(), study.ana.id())).orElseThrow();

        assertThat(grow.description()).isEqualTo("Add 'Family', 'Ana' to network 'Figure 1'");
        applyCheckAndRevert(project, grow, p -> assertThat(network().memberIds())
                .containsExactly(study.support.id(), study.family.id(), study.ana.id()));
        assertThat(NetworkEdits.addMembers(project, chosen.id(), List.of(study.support.id()))).isEmpty();
        project.apply(NetworkEdits.showOnly(project, chosen.id(), List.of()).orElseThrow());
        assertThat(NetworkEdits.addMembers(project, chosen.id(), List.of(study.fears.id()))).isEmpty();
    }

    @Test
    void removingFromANetworkOfEverythingKeepsWhatTheViewShowsButTheRemovedNodes() {
        SavedNetwork all = figureOne();

        EntityEdit remove = NetworkEdits.removeMembers(project, all.id(),
                List.of(study.fears.id(), study.motivation.id(), study.ana.id()), List.of(study.motivation.id())).orElseThrow();

        assertThat(remove.description()).isEqualTo("Remove 'Motivation' from network 'Figure 1'");
        applyCheckAndRevert(project, remove, p -> assertThat(network().memberIds())
                .containsExactly(study.fears.id(), study.ana.id()));
        assertThatThrownBy(() -> NetworkEdits.removeMembers(project, all.id(), List.of(study.fears.id()),
                List.of(study.fears.id()))).hasMessage("A network keeps at least one node; delete the network instead");
    }

    @Test
    void settingsAndColoursChangeInOneEditAndNameOnlyWhatIsThere() {
        SavedNetwork network = figureOne();
        NetworkSettings ofGroup = NetworkSettings.cooccurrence().withCodeSelection("CODE_GROUP", study.centralCodes.id(), null);

        EntityEdit change = NetworkEdits.changeSettings(project, network.id(), ofGroup).orElseThrow();

        assertThat(change.description()).isEqualTo("Change network 'Figure 1'");
        applyCheckAndRevert(project, change, p -> assertThat(network().settings()).isEqualTo(ofGroup));
        assertThatThrownBy(() -> NetworkEdits.changeSettings(project, network.id(),
                NetworkSettings.cooccurrence().withCodeSelection("CODE_GROUP", study.fears.id(), null)))
                .hasMessage("This code group is no longer in the project");
        assertThat(NetworkEdits.changeColours(project, network.id(), ColourScheme.FIGURE)).isEmpty();
        EntityEdit colours = NetworkEdits.changeColours(project, network.id(), ColourScheme.LEVEL).orElseThrow();
        applyCheckAndRevert(project, colours, p -> assertThat(network().colourScheme()).isEqualTo(ColourScheme.LEVEL));
    }

    @Test
    void deletingACodeTakesItOutOfNetworksInTheSameEditAndUndoPutsItBackExactly() {
        SavedNetwork network = figureOne(study.fears.id(), study.motivation.id(), study.ana.id());
        project.apply(NetworkEdits.moveNodes(project, network.id(),
                Map.of(study.fears.id(), new Position(1, 2), study.ana.id(), new Position(3, 4))).orElseThrow());
        SavedNetwork before = network();

        EntityEdit delete = CodebookEdits.deleteCode(project, study.fears.id());

        applyCheckAndRevert(project, delete, p -> {
            SavedNetwork after = network();
            assertThat(after.memberIds()).containsExactly(study.motivation.id(), study.ana.id());
            assertThat(after.positions()).containsOnlyKeys(study.ana.id());
            assertThat(after.pinned()).containsExactly(study.ana.id());
        });
        assertThat(network()).isEqualTo(before);
    }

    @Test
    void deletingAParticipantOrTheCodeGroupANetworkShowsFallsBackAndUndoRestoresIt() {
        NetworkSettings ofGroup = NetworkSettings.figureOne().withCodeSelection("CODE_GROUP", study.centralCodes.id(), null);
        project.apply(NetworkEdits.create(project, "Central", ofGroup, ColourScheme.FIGURE, List.of(study.ana.id())));

        applyCheckAndRevert(project, GroupEdits.delete(project, study.centralCodes.id()),
                p -> assertThat(network().settings().codeSelection()).isEqualTo("ALL"));
        applyCheckAndRevert(project, ParticipantEdits.delete(project, study.ana.id()),
                p -> assertThat(network().memberIds()).isEmpty());
    }

    @Test
    void mergingACodeMovesItsPlaceInNetworksToTheCodeItJoins() {
        SavedNetwork network = figureOne(study.fears.id(), study.motivation.id());
        project.apply(NetworkEdits.moveNodes(project, network.id(), Map.of(study.fears.id(), new Position(7, 7)))
                .orElseThrow());

        EntityEdit merge = CodeMergeEdits.merge(project, study.fears.id(), study.motivation.id());

        applyCheckAndRevert(project, merge, p -> {
            assertThat(network().memberIds()).containsExactly(study.motivation.id());
            assertThat(network().positions()).containsExactlyInAnyOrderEntriesOf(Map.of(study.motivation.id(), new Position(7, 7)));
            assertThat(network().pinned()).containsExactly(study.motivation.id());
        });
    }

    @Test
    void theProjectRefusesToRemoveWhatANetworkStillShows() {
        SavedNetwork network = figureOne(study.networks.id());

        EntityEdit bare = EntityEdit.builder("Remove").remove(study.postQuote).remove(study.networks).build();

        assertThatThrownBy(() -> project.apply(bare)).hasMessageContaining("networks");
        assertThat(project.code(study.networks.id())).isPresent();
        assertThat(network()).isEqualTo(network);
    }

    @Test
    void deletingANetworkUnlinksItsMemosAndUndoBringsBoth() {
        SavedNetwork network = figureOne();
        project.apply(MemoEdits.link(project, study.fieldNotes.id(), network.id()).orElseThrow());

        EntityEdit delete = NetworkEdits.delete(project, network.id());

        assertThat(delete.description()).isEqualTo("Delete network 'Figure 1'");
        applyCheckAndRevert(project, delete, p -> {
            assertThat(p.networks()).isEmpty();
            assertThat(p.memosAbout(network.id())).isEmpty();
        });
        assertThat(project.memosAbout(network.id())).hasSize(1);
    }

    @Test
    void settingsRefuseUnknownKindsAndMissingSelections() {
        assertThatThrownBy(() -> new NetworkSettings("ALL", null, null, Set.of("QUOTATION"), Set.of(), "COUNT", 1, ""))
                .hasMessageStartingWith("'QUOTATION' is not a node kind");
        assertThatThrownBy(() -> new NetworkSettings("SUBTREE", null, null, Set.of(), Set.of(), "COUNT", 1, ""))
                .hasMessage("A network of a code group or a subtree needs its group or code");
        assertThatThrownBy(() -> new NetworkSettings("LEVEL", null, null, Set.of(), Set.of(), "COUNT", 1, ""))
                .hasMessage("A network names a coding level exactly when it shows one level");
        assertThatThrownBy(() -> new NetworkSettings("ALL", null, null, Set.of(), Set.of(), "COUNT", -1, ""))
                .hasMessageContaining("minimum weight");
        NetworkSettings level = new NetworkSettings("level", null, CodingLevel.SELECTIVE, Set.of("participant"),
                Set.of("relation"), null, 0, " ");
        assertThat(level.codeSelection()).isEqualTo("LEVEL");
        assertThat(level.extraNodeKinds()).containsExactly("PARTICIPANT");
        assertThat(level.linkingWord()).isEqualTo("mentions");
    }
}
