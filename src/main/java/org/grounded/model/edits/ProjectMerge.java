package org.grounded.model.edits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.Code;
import org.grounded.model.Coding;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.Memo;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Participant;
import org.grounded.model.Position;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SavedNetwork;
import org.grounded.model.SpeakerRef;

/**
 * Brings another project (a second coder's copy of the study, or a REFI-QDA file read into one)
 * into this one as one undoable edit. Documents are matched by their text (the same text is the same
 * document, even renamed), codes by id and then by name under the same parent, participants,
 * groups, relation types and attribute definitions by name, quotations by their exact range (their
 * codings unioned, each keeping its coder), memos by id or by title and text. Nothing is
 * duplicated; where both sides changed the same thing (a code renamed, a memo edited) ours is kept
 * and the difference is listed as a conflict, never resolved silently.
 *
 * <p>Their codes that match none of ours can be mapped onto codes of ours before the merge (the
 * merge dialog, {@code grounded merge --map}): a mapped code's codings land on our code and the
 * code itself is not added. Saved networks are matched by name; the others are added, their nodes
 * mapped to ours.
 */
public final class ProjectMerge {

    private final Project ours;
    private final Project theirs;
    private final EntityEdit.Builder edit;
    private final Map<UUID, UUID> ids = new HashMap<>();
    private final Map<UUID, UUID> codeMapping;
    private final List<Code> unmatchedCodes = new ArrayList<>();
    private final Set<UUID> taken = new HashSet<>();
    private final Map<String, Integer> added = new LinkedHashMap<>();
    private final Map<String, Integer> matched = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    /** What a merge did: counts per kind of thing, and the conflicts left for the researcher. */
    public record Report(String source, Map<String, Integer> added, Map<String, Integer> matched,
                         List<String> conflicts) {
        public Report {
            added = Map.copyOf(added);
            matched = Map.copyOf(matched);
            conflicts = List.copyOf(conflicts);
        }

        public int added(String kind) {
            return added.getOrDefault(kind, 0);
        }

        public int matched(String kind) {
            return matched.getOrDefault(kind, 0);
        }

        /** One line per kind and a line per conflict. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            Set<String> kinds = new LinkedHashSet<>(List.of("documents", "codes", "participants", "quotations",
                    "codings", "memos", "groups", "relations", "networks"));
            for (String kind : kinds) {
                lines.add(kind + ": " + added(kind) + " added, " + matched(kind) + " matched");
            }
            lines.add(conflicts.isEmpty() ? "No conflicts." : conflicts.size() + " conflict(s), ours kept:");
            conflicts.forEach(conflict -> lines.add("  " + conflict));
            return lines;
        }
    }

    /** The merge's edit (empty when the other project adds nothing) and its report. */
    public record Result(Optional<EntityEdit> edit, Report report) {
    }

    private ProjectMerge(Project ours, Project theirs, String source, Map<UUID, UUID> codeMapping) {
        this.ours = Objects.requireNonNull(ours, "ours");
        this.theirs = Objects.requireNonNull(theirs, "theirs");
        this.codeMapping = Map.copyOf(codeMapping);
        this.edit = EntityEdit.builder(EditName.of("Merge %0", source));
        ours.entities().forEach(entity -> taken.add(entity.id()));
        this.codeMapping.forEach((their, our) -> {
            if (theirs.code(their).isEmpty()) {
                throw new IllegalArgumentException("The code to map is not in " + source);
            }
            if (ours.code(our).isEmpty()) {
                throw new IllegalArgumentException("Code '" + theirs.code(their).get().name()
                        + "' is mapped to a code that is not in this project");
            }
        });
    }

    /** Plans the merge of {@code theirs} into {@code ours}; neither project is changed. */
    public static Result merge(Project ours, Project theirs, String source) {
        return merge(ours, theirs, source, Map.of());
    }

    /**
     * Plans the merge with some of their codes mapped onto ours (their code id → our code id): the
     * codings of a mapped code land on our code, and the code is not added. Neither project is changed.
     *
     * @throws IllegalArgumentException when the mapping names a code that is not theirs or not ours
     */
    public static Result merge(Project ours, Project theirs, String source, Map<UUID, UUID> codeMapping) {
        ProjectMerge merge = new ProjectMerge(ours, theirs, source, codeMapping);
        merge.documents();
        merge.codes();
        merge.attributeDefinitions();
        merge.participants();
        merge.quotations();
        merge.memos();
        merge.groups();
        merge.relations();
        merge.networks();
        EntityEdit built = merge.edit.build();
        Report report = new Report(source, merge.added, merge.matched, merge.conflicts);
        return new Result(built.isEmpty() ? Optional.empty() : Optional.of(built), report);
    }

    /**
     * Their codes that match none of ours, by id or by name under the same parent, in their tree's
     * order: the codes a merge would add, which the researcher may map onto codes of ours instead.
     */
    public static List<Code> unmatchedCodes(Project ours, Project theirs) {
        ProjectMerge merge = new ProjectMerge(ours, theirs, "", Map.of());
        merge.documents();
        merge.codes();
        return List.copyOf(merge.unmatchedCodes);
    }

    private void count(Map<String, Integer> counts, String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    private UUID fresh(UUID id) {
        UUID result = taken.contains(id) ? UUID.randomUUID() : id;
        taken.add(result);
        return result;
    }

    private UUID mapped(UUID theirId) {
        return ids.getOrDefault(theirId, theirId);
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private void documents() {
        for (Document document : theirs.documents()) {
            Optional<Document> match = ours.document(document.id()).filter(d -> d.text().equals(document.text()))
                    .or(() -> ours.documents().stream().filter(d -> d.text().equals(document.text())).findFirst());
            if (match.isPresent()) {
                ids.put(document.id(), match.get().id());
                count(matched, "documents");
            } else {
                UUID id = fresh(document.id());
                ids.put(document.id(), id);
                edit.add(new Document(id, document.name(), document.text(), document.sourceFileName(),
                        document.importedAt(), document.language(), document.attributes(), document.turns(),
                        document.interviewers()));
                count(added, "documents");
            }
        }
    }

    private void codes() {
        List<Code> newCodes = new ArrayList<>();
        for (Code code : theirs.codeTree().inTreeOrder()) {
            UUID parent = code.parentId() == null ? null : mapped(code.parentId());
            if (codeMapping.containsKey(code.id())) {
                ids.put(code.id(), codeMapping.get(code.id()));
                count(matched, "codes");
                continue;
            }
            Optional<Code> match = ours.code(code.id())
                    .or(() -> ours.codes().stream().filter(c -> Objects.equals(c.parentId(), parent)
                            && same(c.name(), code.name())).findFirst())
                    .or(() -> newCodes.stream().filter(c -> Objects.equals(c.parentId(), parent)
                            && same(c.name(), code.name())).findFirst());
            if (match.isPresent()) {
                Code ourCode = match.get();
                ids.put(code.id(), ourCode.id());
                count(matched, "codes");
                if (!ourCode.name().equals(code.name())) {
                    conflicts.add("code '" + ourCode.name() + "' is named '" + code.name() + "' in the other project");
                }
                if (!ourCode.description().equals(code.description())) {
                    conflicts.add("code '" + ourCode.name() + "' has another description in the other project");
                }
            } else {
                UUID id = fresh(code.id());
                ids.put(code.id(), id);
                Code copy = new Code(id, code.name(), code.colour(), code.description(), parent, code.level(),
                        code.core());
                newCodes.add(copy);
                unmatchedCodes.add(code);
                edit.add(copy);
                count(added, "codes");
            }
        }
    }

    private void attributeDefinitions() {
        for (AttributeDefinition definition : theirs.attributeDefinitions()) {
            if (ours.attributeDefinition(definition.scope(), definition.name()).isEmpty()) {
                edit.add(new AttributeDefinition(fresh(definition.id()), definition.name(), definition.type(),
                        definition.scope(), definition.description(), definition.categories()));
            }
        }
    }

    private void participants() {
        for (Participant participant : theirs.participants()) {
            Set<UUID> documents = new LinkedHashSet<>();
            participant.documentIds().forEach(id -> documents.add(mapped(id)));
            Set<SpeakerRef> speakers = new LinkedHashSet<>();
            participant.speakers().forEach(s -> speakers.add(new SpeakerRef(mapped(s.documentId()), s.speaker())));
            Optional<Participant> match = ours.participants().stream()
                    .filter(p -> same(p.name(), participant.name())).findFirst();
            if (match.isPresent()) {
                Participant our = match.get();
                ids.put(participant.id(), our.id());
                count(matched, "participants");
                Set<UUID> allDocuments = new LinkedHashSet<>(our.documentIds());
                allDocuments.addAll(documents);
                Set<SpeakerRef> allSpeakers = new LinkedHashSet<>(our.speakers());
                allSpeakers.addAll(speakers);
                if (!allDocuments.equals(our.documentIds()) || !allSpeakers.equals(our.speakers())) {
                    edit.update(our, our.withDocuments(allDocuments).withSpeakers(allSpeakers));
                }
                participant.attributes().forEach((name, value) -> {
                    if (our.attributes().containsKey(name) && !our.attributes().get(name).equals(value)) {
                        conflicts.add("participant '" + our.name() + "': " + name + " differs in the other project");
                    }
                });
            } else {
                UUID id = fresh(participant.id());
                ids.put(participant.id(), id);
                edit.add(new Participant(id, participant.name(), participant.description(), participant.attributes(),
                        documents, speakers));
                count(added, "participants");
            }
        }
    }

    private void quotations() {
        Map<UUID, Quotation> updated = new LinkedHashMap<>();
        for (Quotation quotation : theirs.quotations()) {
            UUID documentId = mapped(quotation.documentId());
            List<Coding> codings = quotation.codings().stream()
                    .map(c -> new Coding(mapped(c.codeId()), c.coder(), c.createdAt())).toList();
            Optional<Quotation> match = ours.quotationsIn(documentId).stream()
                    .filter(q -> q.start() == quotation.start() && q.end() == quotation.end()).findFirst();
            if (match.isPresent()) {
                Quotation our = updated.getOrDefault(match.get().id(), match.get());
                ids.put(quotation.id(), our.id());
                count(matched, "quotations");
                Quotation merged = our;
                for (Coding coding : codings) {
                    Quotation next = merged.withCoding(coding.codeId(), coding.coder(), coding.createdAt());
                    if (next != merged) {
                        count(added, "codings");
                    }
                    merged = next;
                }
                if (!quotation.comment().isBlank() && !quotation.comment().equals(our.comment())) {
                    if (our.comment().isBlank()) {
                        merged = merged.withComment(quotation.comment());
                    } else {
                        conflicts.add("quotation " + our.start() + "-" + our.end() + " in '" + documentName(documentId)
                                + "' has another comment in the other project");
                    }
                }
                if (!merged.equals(our)) {
                    updated.put(our.id(), merged);
                }
            } else {
                UUID id = fresh(quotation.id());
                ids.put(quotation.id(), id);
                edit.add(new Quotation(id, documentId, quotation.start(), quotation.end(), List.of(),
                        quotation.comment(), quotation.coder(), quotation.createdAt(), quotation.name(), codings));
                count(added, "quotations");
            }
        }
        updated.forEach((id, merged) -> edit.update(ours.quotation(id).orElseThrow(), merged));
    }

    private String documentName(UUID documentId) {
        return ours.document(documentId).map(Document::name).orElse("?");
    }

    private void memos() {
        for (Memo memo : theirs.memos()) {
            Set<UUID> links = new LinkedHashSet<>();
            memo.linkedIds().forEach(id -> links.add(mapped(id)));
            Optional<Memo> byId = ours.memos().stream().filter(m -> m.id().equals(memo.id())).findFirst();
            Optional<Memo> match = byId.or(() -> ours.memos().stream()
                    .filter(m -> m.title().equals(memo.title()) && m.text().equals(memo.text())).findFirst());
            if (match.isPresent()) {
                count(matched, "memos");
                if (!match.get().text().equals(memo.text()) || !match.get().title().equals(memo.title())) {
                    conflicts.add("memo '" + match.get().title() + "' was edited on both sides");
                }
            } else {
                edit.add(new Memo(fresh(memo.id()), memo.title(), memo.text(), memo.author(), memo.createdAt(),
                        memo.modifiedAt(), links, memo.kind()));
                count(added, "memos");
            }
        }
    }

    private void groups() {
        for (Group group : theirs.groups()) {
            Set<UUID> members = new LinkedHashSet<>();
            group.memberIds().forEach(id -> members.add(mapped(id)));
            Optional<Group> match = ours.groups(group.kind()).stream().filter(g -> same(g.name(), group.name())).findFirst();
            if (match.isPresent()) {
                ids.put(group.id(), match.get().id());
                count(matched, "groups");
                Set<UUID> union = new LinkedHashSet<>(match.get().memberIds());
                union.addAll(members);
                if (!union.equals(match.get().memberIds())) {
                    edit.update(match.get(), match.get().withMembers(union));
                }
            } else {
                UUID id = fresh(group.id());
                ids.put(group.id(), id);
                edit.add(new Group(id, group.name(), group.kind(), group.description(), members));
                count(added, "groups");
            }
        }
    }

    private void relations() {
        for (RelationType type : theirs.relationTypes()) {
            Optional<RelationType> match = ours.relationTypes().stream().filter(t -> t.id().equals(type.id())
                    || same(t.name(), type.name())).findFirst();
            if (match.isPresent()) {
                ids.put(type.id(), match.get().id());
            } else {
                UUID id = fresh(type.id());
                ids.put(type.id(), id);
                edit.add(new RelationType(id, type.name(), type.directed(), type.builtIn()));
            }
        }
        for (Relation relation : theirs.relations()) {
            UUID source = mapped(relation.sourceCodeId());
            UUID target = mapped(relation.targetCodeId());
            UUID type = mapped(relation.typeId());
            boolean exists = ours.relations().stream().anyMatch(r -> r.sourceCodeId().equals(source)
                    && r.targetCodeId().equals(target) && r.typeId().equals(type));
            if (exists) {
                count(matched, "relations");
            } else {
                edit.add(new Relation(fresh(relation.id()), source, target, type, relation.comment()));
                count(added, "relations");
            }
        }
    }

    /**
     * Saved networks: one of ours with the same name is kept as it is; the others are added, their
     * nodes, places and code selection mapped to ours (nodes the merge does not bring are left out).
     */
    private void networks() {
        for (SavedNetwork network : theirs.networks()) {
            if (ours.networks().stream().anyMatch(n -> same(n.name(), network.name()))) {
                count(matched, "networks");
                continue;
            }
            List<UUID> members = network.memberIds().stream().map(this::mapped).filter(taken::contains).toList();
            Map<UUID, Position> positions = new LinkedHashMap<>();
            network.positions().forEach((id, position) -> {
                if (taken.contains(mapped(id))) {
                    positions.put(mapped(id), position);
                }
            });
            Set<UUID> pinned = new LinkedHashSet<>();
            network.pinned().stream().map(this::mapped).filter(positions::containsKey).forEach(pinned::add);
            NetworkSettings settings = network.settings();
            if (settings.codeSelectionId() != null) {
                settings = settings.withCodeSelection(settings.codeSelection(), mapped(settings.codeSelectionId()),
                        settings.codeLevel());
            }
            edit.add(new SavedNetwork(fresh(network.id()), network.name(), settings, members, positions, pinned,
                    network.colourScheme()));
            count(added, "networks");
        }
    }
}
