package org.grounded.io.refi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.w3c.dom.Element;

/**
 * Reads Links. A link between two codes is a relation: its name is the relation type's name
 * (a built-in type such as "is cause of" when the names match, else a user-defined type of that
 * name), {@code OneWay} makes the type directed, {@code Associative} and {@code Bidirectional}
 * undirected. A link between a note and anything else attaches the note to it (NVivo writes
 * annotations so). Links between other things have no place in Grounded and are reported.
 */
final class LinkReader {

    private static final String UNNAMED_DIRECTED = "is linked to";

    private final RefiIds ids;
    private final ImportLog log;
    private final NoteReferences notes;
    private final Map<String, RelationType> userTypes = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();

    LinkReader(RefiIds ids, ImportLog log, NoteReferences notes, List<GroundedExtension.RelationTypeData> declared) {
        this.ids = ids;
        this.log = log;
        this.notes = notes;
        for (GroundedExtension.RelationTypeData type : declared) {
            boolean clash = type.id() == null || type.name() == null || type.name().isBlank()
                    || RelationType.BUILT_IN.stream().anyMatch(b -> b.id().equals(type.id()) || b.name().equalsIgnoreCase(type.name()))
                    || userTypes.containsKey(type.name().strip().toLowerCase(Locale.ROOT));
            if (clash) {
                log.note("Ignored a relation type in Grounded's extra data that is incomplete or named twice");
                continue;
            }
            ids.reserve(type.id());
            userTypes.put(type.name().strip().toLowerCase(Locale.ROOT),
                    new RelationType(type.id(), type.name(), type.directed(), false));
        }
    }

    void read(Element links) {
        List<Element> all = Dom.children(links, "Link");
        // Claimed first, so that a note linked to a link further down still finds it.
        for (int i = 0; i < all.size(); i++) {
            ids.claim(RefiIds.Kind.LINK, guid(all.get(i), i));
        }
        for (int i = 0; i < all.size(); i++) {
            Element link = all.get(i);
            String origin = link.getAttribute("originGUID");
            String target = link.getAttribute("targetGUID");
            Optional<RefiIds.Kind> from = ids.kindOf(origin);
            Optional<RefiIds.Kind> to = ids.kindOf(target);
            if (from.isEmpty() || to.isEmpty()) {
                log.skip("link", "it connects something the file does not declare");
            } else if (from.get() == RefiIds.Kind.CODE && to.get() == RefiIds.Kind.CODE) {
                relation(link, ids.find(RefiIds.Kind.LINK, guid(link, i)).orElseThrow(), origin, target);
            } else if (from.get() == RefiIds.Kind.NOTE && to.get() != RefiIds.Kind.NOTE) {
                attachNote(origin, to.get(), target);
            } else if (to.get() == RefiIds.Kind.NOTE && from.get() != RefiIds.Kind.NOTE) {
                attachNote(target, from.get(), origin);
            } else {
                log.skip("link between " + describe(from.get()) + " and " + describe(to.get()),
                        "Grounded relates codes to codes (and notes to what they are about)");
            }
        }
    }

    List<Relation> relations() {
        return List.copyOf(relations);
    }

    List<RelationType> userTypes() {
        return List.copyOf(userTypes.values());
    }

    private static String guid(Element link, int index) {
        return Dom.attribute(link, "guid").orElse("link:" + index);
    }

    private void relation(Element link, UUID id, String origin, String target) {
        boolean directed = "OneWay".equalsIgnoreCase(link.getAttribute("direction").strip());
        Optional<UUID> declaredType = GroundedExtension.read(link, GroundedExtension.LinkData.class, log)
                .map(GroundedExtension.LinkData::type);
        RelationType type = declaredType.flatMap(this::typeWithId)
                .orElseGet(() -> typeNamed(Dom.attribute(link, "name").orElse(""), directed));
        relations.add(new Relation(id, ids.find(RefiIds.Kind.CODE, origin).orElseThrow(),
                ids.find(RefiIds.Kind.CODE, target).orElseThrow(), type.id(), ""));
        for (Element ref : Dom.children(link, "NoteRef")) {
            Dom.attribute(ref, "targetGUID").ifPresent(note -> notes.add(note, NoteReferences.Holder.RELATION, id));
        }
    }

    private Optional<RelationType> typeWithId(UUID id) {
        return RelationType.BUILT_IN.stream().filter(type -> type.id().equals(id)).findFirst()
                .or(() -> userTypes.values().stream().filter(type -> type.id().equals(id)).findFirst());
    }

    private RelationType typeNamed(String name, boolean directed) {
        String wanted = name.isBlank() ? (directed ? UNNAMED_DIRECTED : RelationType.IS_ASSOCIATED_WITH.name()) : name.strip();
        Optional<RelationType> builtIn = RelationType.BUILT_IN.stream()
                .filter(type -> type.name().equalsIgnoreCase(wanted)).findFirst();
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        return userTypes.computeIfAbsent(wanted.toLowerCase(Locale.ROOT), key -> {
            UUID id = RefiValues.derived("relation-type", key);
            ids.reserve(id);
            return new RelationType(id, wanted, directed, false);
        });
    }

    private void attachNote(String noteGuid, RefiIds.Kind kind, String guid) {
        NoteReferences.Holder holder = switch (kind) {
            case CODE -> NoteReferences.Holder.CODE;
            case SOURCE -> NoteReferences.Holder.DOCUMENT;
            case SELECTION -> NoteReferences.Holder.QUOTATION;
            case CASE -> NoteReferences.Holder.PARTICIPANT;
            case SET -> NoteReferences.Holder.GROUP;
            case LINK -> NoteReferences.Holder.RELATION;
            default -> NoteReferences.Holder.OTHER;
        };
        ids.find(kind, guid).ifPresent(id -> notes.add(noteGuid, holder, id));
    }

    private static String describe(RefiIds.Kind kind) {
        return switch (kind) {
            case CODE -> "a code";
            case VARIABLE -> "a variable";
            case CASE -> "a case";
            case SOURCE -> "a text source";
            case OTHER_SOURCE -> "a non-text source";
            case SELECTION -> "a selection";
            case NOTE -> "a note";
            case LINK -> "a link";
            case SET -> "a set";
            case GRAPH -> "a graph";
        };
    }
}
