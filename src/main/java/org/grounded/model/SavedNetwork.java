package org.grounded.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A named network the researcher keeps: what it shows, which nodes, where they stand and which of
 * them she pinned by dragging. Node ids are the ids of the codes, participants, documents and
 * participant groups drawn.
 *
 * @param memberIds the nodes shown, in the order they joined; empty means every node the settings give
 * @param positions where nodes stand (pixels at zoom 1); nodes without one are placed by the layout
 * @param pinned    nodes the layout leaves where they are; each has a position
 */
public record SavedNetwork(UUID id, String name, NetworkSettings settings, List<UUID> memberIds,
                           Map<UUID, Position> positions, Set<UUID> pinned, ColourScheme colourScheme)
        implements Entity {

    public SavedNetwork {
        Objects.requireNonNull(id, "id");
        name = Names.require(name, "network");
        Objects.requireNonNull(settings, "settings");
        memberIds = Copies.distinctList(memberIds);
        memberIds.forEach(Objects::requireNonNull);
        positions = Copies.orderedMap(positions);
        pinned = Copies.orderedSet(pinned);
        for (UUID pin : pinned) {
            if (!positions.containsKey(pin)) {
                throw new IllegalArgumentException("Network '" + name + "' pins a node that has no position");
            }
        }
        colourScheme = colourScheme == null ? ColourScheme.FIGURE : colourScheme;
    }

    /** A new network with no members (everything its settings give), nothing placed yet. */
    public static SavedNetwork of(String name, NetworkSettings settings, ColourScheme colourScheme) {
        return new SavedNetwork(UUID.randomUUID(), name, settings, List.of(), Map.of(), Set.of(), colourScheme);
    }

    public SavedNetwork withName(String newName) {
        return new SavedNetwork(id, newName, settings, memberIds, positions, pinned, colourScheme);
    }

    public SavedNetwork withSettings(NetworkSettings newSettings) {
        return new SavedNetwork(id, name, newSettings, memberIds, positions, pinned, colourScheme);
    }

    public SavedNetwork withMembers(List<UUID> newMemberIds) {
        return new SavedNetwork(id, name, settings, newMemberIds, positions, pinned, colourScheme);
    }

    public SavedNetwork withPlaces(Map<UUID, Position> newPositions, Set<UUID> newPinned) {
        return new SavedNetwork(id, name, settings, memberIds, newPositions, newPinned, colourScheme);
    }

    public SavedNetwork withColourScheme(ColourScheme newScheme) {
        return new SavedNetwork(id, name, settings, memberIds, positions, pinned, newScheme);
    }

    /** Whether the network names this entity anywhere: as a member, a placed or pinned node, or in its settings. */
    public boolean refersTo(UUID entityId) {
        return memberIds.contains(entityId) || positions.containsKey(entityId) || settings.refersTo(entityId);
    }

    @Override
    public String label() {
        return name;
    }
}
