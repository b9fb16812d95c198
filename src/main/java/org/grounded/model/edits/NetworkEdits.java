package org.grounded.model.edits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.ColourScheme;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Entity;
import org.grounded.model.EntityEdit;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Position;
import org.grounded.model.Project;
import org.grounded.model.SavedNetwork;

/**
 * Saved networks: make, rename, delete, change what they show, place and pin their nodes, grow
 * and shrink them. A network's name is unique among the project's networks, whatever its case.
 * Moving the nodes of one drag is one edit, so one undo puts them all back.
 */
public final class NetworkEdits {

    private NetworkEdits() {
    }

    /** A new network showing the given nodes (none: everything its settings give), nothing placed yet. */
    public static EntityEdit create(Project project, String name, NetworkSettings settings, ColourScheme colours,
                                    Collection<UUID> memberIds) {
        Draft draft = Draft.of(project);
        String unique = requireUniqueName(draft, name, null);
        requireSettings(draft, settings);
        requireNodes(draft, memberIds);
        SavedNetwork network = SavedNetwork.of(unique, settings, colours).withMembers(List.copyOf(memberIds));
        draft.add(network);
        return draft.build(EditName.of("Add network '%0'", unique));
    }

    public static Optional<EntityEdit> rename(Project project, UUID networkId, String newName) {
        Draft draft = Draft.of(project);
        SavedNetwork network = draft.require(SavedNetwork.class, networkId);
        String unique = requireUniqueName(draft, newName, network.id());
        draft.update(network.withName(unique));
        return draft.buildIfChanged(EditName.of("Rename network '%0' to '%1'", network.name(), unique));
    }

    /** Deletes a network (not what it shows), first unlinking it from memos. */
    public static EntityEdit delete(Project project, UUID networkId) {
        Draft draft = Draft.of(project);
        SavedNetwork network = draft.require(SavedNetwork.class, networkId);
        draft.detach(network.id());
        draft.remove(network);
        return draft.build(EditName.of("Delete network '%0'", network.name()));
    }

    public static Optional<EntityEdit> changeSettings(Project project, UUID networkId, NetworkSettings settings) {
        Draft draft = Draft.of(project);
        SavedNetwork network = draft.require(SavedNetwork.class, networkId);
        requireSettings(draft, settings);
        draft.update(network.withSettings(settings));
        return draft.buildIfChanged(EditName.of("Change network '%0'", network.name()));
    }

    public static Optional<EntityEdit> changeColours(Project project, UUID networkId, ColourScheme colours) {
        Draft draft = Draft.of(project);
        SavedNetwork network = draft.require(SavedNetwork.class, networkId);
        draft.update(network.withColourScheme(colours));
        return draft.buildIfChanged(EditName.of("Colour network '%0'", network.name()));
    }

    /**
     * The nodes of one drag put down at their new places and pinned there (a dragged node stays
     * where the researcher put it when the layout runs again). Empty when nothing moved.
     */
    public static Optional<EntityEdit> moveNodes(Project project, UUID networkId, Map<UUID, Position> moved) {
        Draft draft = Draft.of(project);
        SavedNetwork network = draft.require(SavedNetwork.class, networkId);
        requireNodes(draft, moved.keySet());
        Map<UUID, Position> positions = new LinkedHashMap<>(network.positions());
        positions.putAll(moved);
        Set<UUID> pinned = Ids.with(network.pinned(), moved.keySet());
        draft.update(network.withPlaces(positions, pinned));
        return draft.buildIfChanged(EditName.of("Move %0 in network '%1'", names(draft, moved.keySet()), network.name()));
    }

    /**
     * Keeps where a layout put the nodes; pinned nodes keep their own places whatever the layout
     * says (it does not move them), and nodes the layout did not place keep theirs.
     */
    public static Optional<EntityEdit> placeNodes(Project project, UUID networkId, Map<UUID, Position> layout) {
        Draft draft = Draft.of(project);
        SavedNetwork network = draft.require(SavedNetwork.class, networkId);
        requireNodes(draft, layout.keySet());
        Map<UUID, Position> positions = new LinkedHashMap<>(network.positions());
        layout.forEach((id, position) -> {
            if (!network.pinned().contains(id)) {
                positions.put(id, position);
            }
        });
        draft.update(network.withPlaces(positions, network.pinned()));
        return draft.buildIfChanged(EditName.of("Lay out network '%0'", network.name()));
    }

    /** Lets the layout move these nodes again (they keep their places until it does). */
    public static Optional<EntityEdit> unpin(Project project, UUID networkId, Collection<UUID> nodeIds) {
        Draft draft = Draft.of(project);
        SavedNetwork network = draft.require(SavedNetwork.class, networkId);
        Set<UUID> pinned = new LinkedHashSet<>(network.pinned());
        List<UUID> released = nodeIds.stream().filter(pinned::remove).toList();
        draft.update(network.withPlaces(network.positions(), pinned));
        return draft.buildIfChanged(EditName.of("Unpin %0 in network '%1'", names(draft, released), network.name()));
    }

    /**
     * Grows a network that shows chosen nodes (a code's neighbours, its co-occurring codes, the
     * participants who cite it). Empty when they are all shown already, and for a network that
     * shows everything its settings give (no members): it has nothing to grow into.
     */
    public static Optional<EntityEdit> addMembers(Project project, UUID networkId, Collection<UUID> nodeIds) {
        Draft draft = Draft.of(project);
        SavedNetwork network = draft.require(SavedNetwork.class, networkId);
        requireNodes(draft, nodeIds);
        if (network.memberIds().isEmpty()) {
            return Optional.empty();
        }
        List<UUID> joining = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(nodeIds)) {
            if (!network.memberIds().contains(id)) {
                joining.add(id);
            }
        }
        List<UUID> members = new ArrayList<>(network.memberIds());
        members.addAll(joining);
        draft.update(network.withMembers(members));
        return draft.buildIfChanged(EditName.of("Add %0 to network '%1'", names(draft, joining), network.name()));
    }

    /**
     * Shows exactly these nodes from now on (empty: everything the settings give again); their
     * places and pins are kept, so a node that comes back returns to where it was.
     */
    public static Optional<EntityEdit> showOnly(Project project, UUID networkId, List<UUID> nodeIds) {
        Draft draft = Draft.of(project);
        SavedNetwork network = draft.require(SavedNetwork.class, networkId);
        requireNodes(draft, nodeIds);
        draft.update(network.withMembers(nodeIds));
        return draft.buildIfChanged(nodeIds.isEmpty() ? EditName.of("Show all nodes in network '%0'", network.name())
                : EditName.of("Choose the nodes of network '%0'", network.name()));
    }

    /**
     * Takes nodes out of a network that shows chosen nodes. A network showing everything its
     * settings give is first narrowed to {@code shown} (what the view draws), then they leave it.
     * Refused when no node would be left: an empty member list means "everything".
     */
    public static Optional<EntityEdit> removeMembers(Project project, UUID networkId, Collection<UUID> shown,
                                                     Collection<UUID> nodeIds) {
        Draft draft = Draft.of(project);
        SavedNetwork network = draft.require(SavedNetwork.class, networkId);
        if (network.memberIds().isEmpty()) {
            requireNodes(draft, shown);
        }
        List<UUID> members = new ArrayList<>(network.memberIds().isEmpty() ? List.copyOf(new LinkedHashSet<>(shown))
                : network.memberIds());
        List<UUID> leaving = nodeIds.stream().distinct().filter(members::contains).toList();
        members.removeAll(leaving);
        if (members.isEmpty() && !leaving.isEmpty()) {
            throw new IllegalArgumentException("A network keeps at least one node; delete the network instead");
        }
        if (leaving.isEmpty()) {
            return Optional.empty();
        }
        draft.update(network.withMembers(members));
        return draft.buildIfChanged(EditName.of("Remove %0 from network '%1'", names(draft, leaving), network.name()));
    }

    /** Nodes are codes, participants, documents and participant groups that are in the project. */
    private static void requireNodes(Draft draft, Collection<UUID> ids) {
        for (UUID id : ids) {
            boolean node = draft.find(Code.class, id).isPresent() || draft.find(Participant.class, id).isPresent()
                    || draft.find(Document.class, id).isPresent()
                    || draft.find(Group.class, id).filter(group -> group.kind() == GroupKind.PARTICIPANT).isPresent();
            if (!node) {
                throw new IllegalArgumentException("Only codes, participants, documents and participant groups "
                        + "of this project can be nodes of a network");
            }
        }
    }

    private static void requireSettings(Draft draft, NetworkSettings settings) {
        if (settings.codeSelection().equals("CODE_GROUP")
                && draft.find(Group.class, settings.codeSelectionId()).filter(g -> g.kind() == GroupKind.CODE).isEmpty()) {
            throw new IllegalArgumentException("This code group is no longer in the project");
        }
        if (settings.codeSelection().equals("SUBTREE") && draft.find(Code.class, settings.codeSelectionId()).isEmpty()) {
            throw new IllegalArgumentException("This code is no longer in the project");
        }
    }

    private static Object names(Draft draft, Collection<UUID> ids) {
        List<String> labels = ids.stream()
                .map(id -> draft.project().findAny(id).map(Entity::label).orElse("node")).toList();
        return Describe.names(labels, EditName.of("%0 nodes", labels.size()));
    }

    private static String requireUniqueName(Draft draft, String name, UUID self) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A network needs a name");
        }
        String wanted = name.strip();
        draft.all(SavedNetwork.class).stream()
                .filter(other -> !other.id().equals(self) && other.name().equalsIgnoreCase(wanted))
                .findFirst().ifPresent(other -> {
                    throw new IllegalArgumentException("There is already a network named " + Describe.quoted(other.name()));
                });
        return wanted;
    }
}
