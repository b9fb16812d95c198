package org.grounded.io.refi;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.w3c.dom.Element;

/**
 * Reads Sets into groups; their members say what kind of group each is: codes make a code group,
 * text sources a document group, cases (which some tools and Grounded list as MemberSource) a
 * participant group. A set that mixes kinds becomes one group per kind. Notes cannot be grouped
 * in Grounded, so note members are reported.
 */
final class GroupReader {

    private static final Map<GroupKind, String> SUFFIX = Map.of(
            GroupKind.CODE, "codes", GroupKind.DOCUMENT, "documents", GroupKind.PARTICIPANT, "participants");

    private final RefiIds ids;
    private final ImportLog log;
    private final List<Group> groups = new ArrayList<>();

    GroupReader(RefiIds ids, ImportLog log) {
        this.ids = ids;
        this.log = log;
    }

    /** Claims the sets' GUIDs, so that links to sets can be read before the sets themselves. */
    void claim(Element sets) {
        List<Element> all = Dom.children(sets, "Set");
        for (int i = 0; i < all.size(); i++) {
            ids.claim(RefiIds.Kind.SET, guid(all.get(i), i));
        }
    }

    /** Reads the sets claimed before. */
    void read(Element sets) {
        List<Element> all = Dom.children(sets, "Set");
        for (int i = 0; i < all.size(); i++) {
            read(all.get(i), ids.find(RefiIds.Kind.SET, guid(all.get(i), i)).orElseThrow());
        }
    }

    List<Group> groups() {
        return List.copyOf(groups);
    }

    private void read(Element set, UUID id) {
        String name = Dom.attribute(set, "name").orElse("Set " + (groups.size() + 1));
        String description = ids.form().description(set, id);
        Map<GroupKind, Set<UUID>> members = new EnumMap<>(GroupKind.class);
        for (Element member : Dom.children(set, "MemberCode")) {
            // The project schema says targetGUID, the codebook schema guid.
            String guid = Dom.attribute(member, "targetGUID").or(() -> Dom.attribute(member, "guid")).orElse("");
            member(guid, name, members);
        }
        for (Element member : Dom.children(set, "MemberSource")) {
            member(member.getAttribute("targetGUID"), name, members);
        }
        log.skip("note in a set", Dom.children(set, "MemberNote").size(), "Grounded groups codes, documents and participants, not memos");
        Optional<GroundedExtension.SetData> data = GroundedExtension.read(set, GroundedExtension.SetData.class, log);
        // Grounded writes a participant group's cases in its instruction, since a Set cannot list cases.
        for (UUID participant : data.map(GroundedExtension.SetData::participants).orElse(List.of())) {
            if (participant != null) {
                member(participant.toString(), name, members);
            }
        }
        Optional<GroupKind> declared = data.map(GroundedExtension.SetData::kind).flatMap(GroupReader::kind);
        if (declared.isPresent()) {
            members.forEach((kind, ids) -> {
                if (kind != declared.get()) {
                    log.skip("member of a set", ids.size(), "it is not of the kind the set collects ('" + name + "')");
                }
            });
            groups.add(new Group(id, name, declared.get(), description, members.getOrDefault(declared.get(), Set.of())));
        } else if (members.isEmpty()) {
            groups.add(new Group(id, name, GroupKind.CODE, description, Set.of()));
        } else if (members.size() == 1) {
            var only = members.entrySet().iterator().next();
            groups.add(new Group(id, name, only.getKey(), description, only.getValue()));
        } else {
            boolean first = true;
            for (var entry : members.entrySet()) {
                UUID groupId = first ? id : RefiValues.derived("split-set", id, entry.getKey());
                ids.reserve(groupId);
                first = false;
                groups.add(new Group(groupId, name + " (" + SUFFIX.get(entry.getKey()) + ")", entry.getKey(), description,
                        entry.getValue()));
            }
            log.note("Set '" + name + "' holds " + members.size() + " kinds of things; it became one group per kind");
        }
    }

    private void member(String guid, String setName, Map<GroupKind, Set<UUID>> members) {
        Optional<RefiIds.Kind> kind = ids.kindOf(guid);
        Optional<GroupKind> groupKind = kind.flatMap(k -> switch (k) {
            case CODE -> Optional.of(GroupKind.CODE);
            case SOURCE -> Optional.of(GroupKind.DOCUMENT);
            case CASE -> Optional.of(GroupKind.PARTICIPANT);
            default -> Optional.empty();
        });
        if (groupKind.isEmpty()) {
            log.skip("member of a set", kind.isPresent() && kind.get() == RefiIds.Kind.OTHER_SOURCE
                    ? "it is a source that was not imported" : "it is nothing Grounded can group (in '" + setName + "')");
            return;
        }
        RefiIds.Kind refiKind = kind.get();
        ids.find(refiKind, guid).ifPresent(id -> members.computeIfAbsent(groupKind.get(), k -> new LinkedHashSet<>()).add(id));
    }

    private static Optional<GroupKind> kind(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(GroupKind.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String guid(Element set, int index) {
        return Dom.attribute(set, "guid").orElse("set:" + index);
    }
}
