package org.grounded.model.edits;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.EntityEdit;
import org.grounded.model.GroupKind;
import org.grounded.model.Memo;
import org.grounded.model.ColourScheme;
import org.grounded.model.NetworkSettings;
import org.grounded.model.Position;
import org.grounded.model.Project;
import org.grounded.model.SavedNetwork;
import org.grounded.model.Quotation;
import org.grounded.model.SelectionSnapping;
import org.grounded.model.SnapMode;
import org.grounded.model.SpeakerRef;
import org.grounded.model.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Random user sessions: edits drawn from every factory on a small study, applied, undone and
 * redone like an undo stack. No factory may fail other than by refusing bad input, no edit it
 * returns may be refused by the project, every undo must restore the project exactly as it was
 * before that edit, every redo exactly as it was after it, and undoing everything gives back the
 * starting project.
 */
class RandomEditsTest {

    private static final int STEPS = 600;
    private static final List<String> NAMES = List.of("Fears", "fears", "Hope", "Trust", "Family", "Miedo", "Apoyo");
    private static final List<String> VALUES = List.of("29", "treinta", "2021-05-04", "donor", "Both", "", "4.50");

    private record Action(String name, Maker maker) {
    }

    @FunctionalInterface
    private interface Maker {
        Optional<EntityEdit> make(Project project, Random random, Instant now);
    }

    private record Done(EntityEdit edit, List<Entity> before, List<Entity> after) {
    }

    private final TreeMap<String, Integer> applied = new TreeMap<>();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20240301})
    void randomEditsUndoneLikeAnUndoStackLeaveTheProjectAsItWas(long seed) {
        Random random = new Random(seed);
        Project project = new Study().project;
        List<Entity> start = project.entities();
        Deque<Done> undo = new ArrayDeque<>();
        Deque<Done> redo = new ArrayDeque<>();
        List<Action> actions = actions();

        for (int step = 0; step < STEPS; step++) {
            int roll = random.nextInt(10);
            if (roll < 2 && !undo.isEmpty()) {
                for (int k = 1 + random.nextInt(3); k > 0 && !undo.isEmpty(); k--) {
                    Done done = undo.pop();
                    project.revert(done.edit());
                    assertThat(project.entities()).as("undo of %s", done.edit()).isEqualTo(done.before());
                    redo.push(done);
                }
            } else if (roll < 3 && !redo.isEmpty()) {
                Done done = redo.pop();
                project.apply(done.edit());
                assertThat(project.entities()).as("redo of %s", done.edit()).isEqualTo(done.after());
                undo.push(done);
            } else {
                Action action = actions.get(random.nextInt(actions.size()));
                Optional<EntityEdit> edit = make(action, project, random, Study.T0.plusSeconds(step), seed, step);
                if (edit.isPresent()) {
                    assertThat(edit.get().isEmpty()).as(action.name()).isFalse();
                    List<Entity> before = project.entities();
                    try {
                        project.apply(edit.get());
                    } catch (RuntimeException e) {
                        throw new AssertionError("Seed " + seed + ", step " + step + ": the project refused "
                                + action.name() + " (" + edit.get() + ")", e);
                    }
                    undo.push(new Done(edit.get(), before, project.entities()));
                    redo.clear();
                    applied.merge(action.name(), 1, Integer::sum);
                }
            }
            if (step % 25 == 0) {
                Project.restore(project.info(), project.entities());
            }
        }
        while (!undo.isEmpty()) {
            project.revert(undo.pop().edit());
        }
        assertThat(project.entities()).isEqualTo(start);
        assertThat(applied.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(STEPS / 3);
        assertThat(applied.keySet()).as("actions that made at least one edit").hasSizeGreaterThan(actions.size() * 3 / 4);
    }

    private static Optional<EntityEdit> make(Action action, Project project, Random random, Instant now, long seed,
                                             int step) {
        try {
            return action.maker().make(project, random, now);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).as(action.name()).isNotBlank();
            return Optional.empty();
        } catch (RuntimeException e) {
            return fail("Seed " + seed + ", step " + step + ": " + action.name() + " threw " + e, e);
        }
    }

    private static List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        // open coding
        actions.add(new Action("applyCodes", (p, r, now) -> {
            Document document = pick(r, p.documents());
            TextSpan span = range(r, document);
            return CodingEdits.applyCodes(p, idOf(document), span.start(), span.end(), ids(r, p.codes()), "lu", now);
        }));
        actions.add(new Action("applyInVivo", (p, r, now) -> {
            Document document = pick(r, p.documents());
            TextSpan span = range(r, document);
            return CodingEdits.applyInVivo(p, idOf(document), span.start(), span.end(), "lu", now);
        }));
        actions.add(new Action("quickCode", (p, r, now) -> {
            Document document = pick(r, p.documents());
            TextSpan span = range(r, document);
            return CodingEdits.quickCode(p, idOf(document), span.start(), span.end(), name(r), "lu", now);
        }));
        actions.add(new Action("removeCode", (p, r, now) -> {
            Quotation quotation = pick(r, p.quotations());
            UUID code = quotation == null || quotation.codeIds().isEmpty() || r.nextInt(5) == 0 ? id(r, p.codes())
                    : quotation.codeIds().get(r.nextInt(quotation.codeIds().size()));
            return CodingEdits.removeCode(p, idOf(quotation), code);
        }));
        actions.add(new Action("deleteQuotation", (p, r, now) ->
                Optional.of(CodingEdits.deleteQuotation(p, id(r, p.quotations())))));
        actions.add(new Action("deleteQuotations", (p, r, now) ->
                CodingEdits.deleteQuotations(p, ids(r, p.quotations()))));
        actions.add(new Action("resizeQuotation", (p, r, now) -> {
            Quotation quotation = pick(r, p.quotations());
            TextSpan span = quotation == null ? new TextSpan(0, 1)
                    : range(r, p.document(quotation.documentId()).orElseThrow());
            return CodingEdits.resizeQuotation(p, idOf(quotation), span.start(), span.end());
        }));
        actions.add(new Action("setComment", (p, r, now) ->
                CodingEdits.setComment(p, id(r, p.quotations()), r.nextBoolean() ? "" : "nota " + r.nextInt(3))));
        // the code tree
        actions.add(new Action("createCode", (p, r, now) -> Optional.of(CodebookEdits.createCode(p, name(r), null))));
        actions.add(new Action("createSubCode", (p, r, now) ->
                Optional.of(CodebookEdits.createSubCode(p, id(r, p.codes()), name(r), "#336699"))));
        actions.add(new Action("renameCode", (p, r, now) -> CodebookEdits.rename(p, id(r, p.codes()), name(r))));
        actions.add(new Action("recolour", (p, r, now) ->
                CodebookEdits.recolour(p, id(r, p.codes()), r.nextInt(4) == 0 ? "blue" : "#00000" + r.nextInt(3))));
        actions.add(new Action("describe", (p, r, now) ->
                CodebookEdits.describe(p, id(r, p.codes()), "definición " + r.nextInt(3))));
        actions.add(new Action("moveUnder", (p, r, now) -> CodebookEdits.moveUnder(p, id(r, p.codes()), id(r, p.codes()))));
        actions.add(new Action("moveToTopLevel", (p, r, now) -> CodebookEdits.moveToTopLevel(p, id(r, p.codes()))));
        actions.add(new Action("deleteCode", (p, r, now) -> Optional.of(CodebookEdits.deleteCode(p, id(r, p.codes())))));
        actions.add(new Action("merge", (p, r, now) ->
                Optional.of(CodeMergeEdits.merge(p, id(r, p.codes()), id(r, p.codes())))));
        actions.add(new Action("split", (p, r, now) -> {
            Code code = pick(r, p.codes());
            List<UUID> quotations = code == null ? List.of() : ids(r, p.quotationsWithCode(code.id()));
            return Optional.of(CodeMergeEdits.split(p, idOf(code), name(r),
                    r.nextBoolean() ? SplitPlacement.CHILD : SplitPlacement.SIBLING, quotations));
        }));
        actions.add(new Action("promote", (p, r, now) -> LevelEdits.promote(p, ids(r, p.codes()),
                CodingLevel.values()[r.nextInt(3)], CoreMarking.values()[r.nextInt(3)])));
        actions.add(new Action("markCore", (p, r, now) -> LevelEdits.markCore(p, id(r, p.codes()))));
        actions.add(new Action("unmarkCore", (p, r, now) -> LevelEdits.unmarkCore(p, id(r, p.codes()))));
        RelationActions.addTo(actions);
        return actions;
    }

    /** Relations, groups, memos, participants and attributes. */
    private static final class RelationActions {
        static void addTo(List<Action> actions) {
            actions.add(new Action("relate", (p, r, now) -> Optional.of(RelationEdits.relate(p, id(r, p.codes()),
                    id(r, p.relationTypes()), id(r, p.codes())))));
            actions.add(new Action("changeType", (p, r, now) ->
                    RelationEdits.changeType(p, id(r, p.relations()), id(r, p.relationTypes()))));
            actions.add(new Action("reverse", (p, r, now) -> RelationEdits.reverse(p, id(r, p.relations()))));
            actions.add(new Action("relationComment", (p, r, now) ->
                    RelationEdits.setComment(p, id(r, p.relations()), "porque " + r.nextInt(3))));
            actions.add(new Action("deleteRelation", (p, r, now) ->
                    Optional.of(RelationEdits.delete(p, id(r, p.relations())))));
            actions.add(new Action("addType", (p, r, now) -> Optional.of(RelationEdits.addType(p, "lleva a " + r.nextInt(3),
                    r.nextBoolean() ? RelationDirection.DIRECTED : RelationDirection.UNDIRECTED))));
            actions.add(new Action("renameType", (p, r, now) ->
                    RelationEdits.renameType(p, id(r, p.relationTypes()), "lleva a " + r.nextInt(4))));
            actions.add(new Action("deleteType", (p, r, now) ->
                    Optional.of(RelationEdits.deleteType(p, id(r, p.relationTypes())))));
            actions.add(new Action("createGroup", (p, r, now) -> r.nextBoolean()
                    ? Optional.of(GroupEdits.create(p, GroupKind.CODE, "Grupo " + r.nextInt(3), ids(r, p.codes())))
                    : Optional.of(GroupEdits.create(p, GroupKind.PARTICIPANT, "Grupo " + r.nextInt(3),
                    ids(r, p.participants())))));
            actions.add(new Action("renameGroup", (p, r, now) -> GroupEdits.rename(p, id(r, p.groups()), "Grupo " + r.nextInt(4))));
            actions.add(new Action("deleteGroup", (p, r, now) -> Optional.of(GroupEdits.delete(p, id(r, p.groups())))));
            actions.add(new Action("addMembers", (p, r, now) -> GroupEdits.addMembers(p, id(r, p.groups()),
                    r.nextBoolean() ? ids(r, p.codes()) : ids(r, p.participants()))));
            actions.add(new Action("removeMembers", (p, r, now) -> GroupEdits.removeMembers(p, id(r, p.groups()),
                    r.nextBoolean() ? ids(r, p.codes()) : ids(r, p.participants()))));
            actions.add(new Action("createMemo", (p, r, now) -> Optional.of(r.nextBoolean()
                    ? MemoEdits.create(p, "Memo " + r.nextInt(3), "texto", "lu", now)
                    : MemoEdits.createAbout(p, List.of(anyId(r, p)), "Memo " + r.nextInt(3), "texto", "lu", now))));
            actions.add(new Action("editMemo", (p, r, now) ->
                    MemoEdits.edit(p, id(r, p.memos()), "Memo " + r.nextInt(3), "texto " + r.nextInt(3), now)));
            actions.add(new Action("linkMemo", (p, r, now) -> MemoEdits.link(p, id(r, p.memos()), anyId(r, p))));
            actions.add(new Action("unlinkMemo", (p, r, now) -> {
                Memo memo = pick(r, p.memos());
                UUID link = memo == null || memo.linkedIds().isEmpty() ? anyId(r, p)
                        : List.copyOf(memo.linkedIds()).get(r.nextInt(memo.linkedIds().size()));
                return MemoEdits.unlink(p, idOf(memo), link);
            }));
            actions.add(new Action("deleteMemo", (p, r, now) -> Optional.of(MemoEdits.delete(p, id(r, p.memos())))));
            ParticipantActions.addTo(actions);
            NetworkActions.addTo(actions);
        }
    }

    /** Saved networks, whose nodes other actions delete and merge under them. */
    private static final class NetworkActions {
        static void addTo(List<Action> actions) {
            actions.add(new Action("createNetwork", (p, r, now) -> Optional.of(NetworkEdits.create(p,
                    "Red " + r.nextInt(3), r.nextBoolean() ? NetworkSettings.figureOne() : NetworkSettings.cooccurrence()
                            .withCodeSelection("SUBTREE", id(r, p.codes()), null),
                    ColourScheme.values()[r.nextInt(3)], nodes(r, p)))));
            actions.add(new Action("moveNodes", (p, r, now) -> NetworkEdits.moveNodes(p, id(r, p.networks()),
                    places(r, p))));
            actions.add(new Action("placeNodes", (p, r, now) -> NetworkEdits.placeNodes(p, id(r, p.networks()),
                    places(r, p))));
            actions.add(new Action("unpin", (p, r, now) -> {
                SavedNetwork network = pick(r, p.networks());
                return NetworkEdits.unpin(p, idOf(network), network == null ? List.of() : List.copyOf(network.pinned()));
            }));
            actions.add(new Action("growNetwork", (p, r, now) -> NetworkEdits.addMembers(p, id(r, p.networks()),
                    nodes(r, p))));
            actions.add(new Action("shrinkNetwork", (p, r, now) -> NetworkEdits.removeMembers(p, id(r, p.networks()),
                    nodes(r, p), nodes(r, p))));
            actions.add(new Action("renameNetwork", (p, r, now) ->
                    NetworkEdits.rename(p, id(r, p.networks()), "Red " + r.nextInt(4))));
            actions.add(new Action("deleteNetwork", (p, r, now) ->
                    Optional.of(NetworkEdits.delete(p, id(r, p.networks())))));
        }

        private static List<UUID> nodes(Random random, Project project) {
            List<UUID> nodes = new ArrayList<>(ids(random, project.codes()));
            nodes.addAll(ids(random, project.participants()));
            return nodes;
        }

        private static Map<UUID, Position> places(Random random, Project project) {
            Map<UUID, Position> places = new LinkedHashMap<>();
            nodes(random, project).forEach(id -> places.put(id, new Position(random.nextInt(500), random.nextDouble())));
            return places;
        }
    }

    private static final class ParticipantActions {
        static void addTo(List<Action> actions) {
            actions.add(new Action("createParticipant", (p, r, now) ->
                    Optional.of(ParticipantEdits.create(p, "Participante " + r.nextInt(4)))));
            actions.add(new Action("renameParticipant", (p, r, now) ->
                    ParticipantEdits.rename(p, id(r, p.participants()), "Participante " + r.nextInt(4))));
            actions.add(new Action("deleteParticipant", (p, r, now) ->
                    Optional.of(ParticipantEdits.delete(p, id(r, p.participants())))));
            actions.add(new Action("assignDocument", (p, r, now) ->
                    ParticipantEdits.assignDocument(p, id(r, p.participants()), id(r, p.documents()))));
            actions.add(new Action("unassignDocument", (p, r, now) ->
                    ParticipantEdits.unassignDocument(p, id(r, p.participants()), id(r, p.documents()))));
            actions.add(new Action("assignSpeaker", (p, r, now) ->
                    ParticipantEdits.assignSpeaker(p, id(r, p.participants()), speaker(r, p))));
            actions.add(new Action("unassignSpeaker", (p, r, now) ->
                    ParticipantEdits.unassignSpeaker(p, id(r, p.participants()), speaker(r, p))));
            actions.add(new Action("markInterviewer", (p, r, now) -> ParticipantEdits.markInterviewer(p, speaker(r, p))));
            actions.add(new Action("unmarkInterviewer", (p, r, now) ->
                    ParticipantEdits.unmarkInterviewer(p, speaker(r, p))));
            actions.add(new Action("defineAttribute", (p, r, now) -> Optional.of(AttributeEdits.define(p,
                    "Atributo " + r.nextInt(3), AttributeType.values()[r.nextInt(4)],
                    r.nextInt(4) == 0 ? AttributeScope.DOCUMENT : AttributeScope.PARTICIPANT, List.of("a", "b")))));
            actions.add(new Action("deleteAttribute", (p, r, now) ->
                    Optional.of(AttributeEdits.delete(p, id(r, p.attributeDefinitions())))));
            actions.add(new Action("setValue", (p, r, now) -> {
                AttributeDefinition definition = pick(r, p.attributeDefinitions());
                UUID owner = definition != null && definition.scope() == AttributeScope.DOCUMENT
                        ? id(r, p.documents()) : id(r, p.participants());
                return AttributeEdits.setValue(p, owner, idOf(definition), VALUES.get(r.nextInt(VALUES.size())));
            }));
            actions.add(new Action("clearValue", (p, r, now) ->
                    AttributeEdits.clearValue(p, id(r, p.participants()), id(r, p.attributeDefinitions()))));
        }
    }

    /** A selection as a user would make it: raw (possibly through an emoji), or snapped. */
    private static TextSpan range(Random random, Document document) {
        if (document == null) {
            return new TextSpan(0, 1);
        }
        int length = document.text().length();
        int a = random.nextInt(length + 1);
        int b = random.nextInt(length + 1);
        TextSpan raw = new TextSpan(Math.min(a, b), Math.max(a, b));
        if (random.nextInt(3) == 0) {
            return raw;
        }
        return SelectionSnapping.snap(document, raw.start(), raw.end(), SnapMode.values()[random.nextInt(4)]);
    }

    private static SpeakerRef speaker(Random random, Project project) {
        Document document = pick(random, project.documents());
        if (document == null || document.speakers().isEmpty() || random.nextInt(8) == 0) {
            return new SpeakerRef(document == null ? UUID.randomUUID() : document.id(), "Nadie");
        }
        return new SpeakerRef(document.id(), document.speakers().get(random.nextInt(document.speakers().size())));
    }

    private static String name(Random random) {
        return NAMES.get(random.nextInt(NAMES.size()));
    }

    /** Usually an element; now and then null, standing for something deleted meanwhile. */
    private static <T> T pick(Random random, Collection<T> values) {
        if (values.isEmpty() || random.nextInt(15) == 0) {
            return null;
        }
        return List.copyOf(values).get(random.nextInt(values.size()));
    }

    private static UUID id(Random random, Collection<? extends Entity> values) {
        return idOf(pick(random, values));
    }

    private static UUID idOf(Entity entity) {
        return entity == null ? UUID.randomUUID() : entity.id();
    }

    private static List<UUID> ids(Random random, Collection<? extends Entity> values) {
        List<UUID> result = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            result.add(id(random, values));
        }
        return result;
    }

    private static UUID anyId(Random random, Project project) {
        List<Collection<? extends Entity>> kinds = List.of(project.documents(), project.codes(), project.quotations(),
                project.memos(), project.participants(), project.relations(), project.groups(), project.networks());
        return id(random, kinds.get(random.nextInt(kinds.size())));
    }
}
