package org.grounded.analysis.citations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citations table against a brute-force count written here from the rules alone, on random
 * projects (seeded): speaker turns with interviewers, unmapped speakers and speakers mapped to
 * several participants, documents without turns linked to participants, quotations across turns
 * and outside them, a code tree several levels deep, and every kind of column and filter. Each
 * quotation is attributed by scanning every turn, each row by walking up the code's parents, and
 * each cell's quotations are put in document and text order by sorting.
 */
class CitationTablesOracleTest {

    private static final String[] SPEAKERS = {"Interviewer", "Ana", "Lim", "Bea", "Kai"};
    private static final String[] ROLES = {"donor", "recipient", "both"};

    static Stream<Long> seeds() {
        return Stream.iterate(1L, seed -> seed + 1).limit(60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theTableCountsWhatABruteForceCountFinds(long seed) {
        Random random = new Random(seed);
        RandomStudy study = new RandomStudy(random);
        for (int r = 0; r < 6; r++) {
            CitationTableRequest request = study.randomRequest(random);
            CitationTable table = CitationTables.compute(study.project, request);
            assertSame(table, study.expected(request), "seed " + seed + ", " + request);
        }
    }

    private static void assertSame(CitationTable table, Expected expected, String what) {
        assertThat(table.rows()).as(what + ": rows").extracting(row -> row.code().id())
                .containsExactlyElementsOf(expected.rowCodes);
        assertThat(table.columns()).as(what + ": columns").extracting(CitationColumn::key)
                .containsExactlyElementsOf(expected.columnKeys);
        for (int r = 0; r < table.rows().size(); r++) {
            CitationRow row = table.rows().get(r);
            String at = what + ": row " + row.code().name();
            assertThat(ids(row.total().quotations())).as(at + ", total").isEqualTo(expected.totals.get(r));
            assertThat(row.total().count()).as(at + ", total count").isEqualTo(expected.totals.get(r).size());
            assertThat(row.rank()).as(at + ", rank").isEqualTo(expected.ranks[r]);
            assertThat(row.total().isMarked()).as(at + ", total mark").isEqualTo(expected.totalMarked[r]);
            for (int c = 0; c < table.columns().size(); c++) {
                CitationCell cell = row.cell(c);
                assertThat(ids(cell.quotations())).as(at + ", column " + c).isEqualTo(expected.cells.get(r).get(c));
                assertThat(cell.count()).as(at + ", column " + c + " count").isEqualTo(expected.cells.get(r).get(c).size());
                assertThat(cell.isMarked()).as(at + ", column " + c + " mark").isEqualTo(expected.marked[r][c]);
            }
        }
    }

    private static List<UUID> ids(List<Quotation> quotations) {
        return quotations.stream().map(Quotation::id).toList();
    }

    /** What the table should hold, in the table's row and column order. */
    private record Expected(List<UUID> rowCodes, List<String> columnKeys, List<List<UUID>> totals,
                            List<List<List<UUID>>> cells, int[] ranks, boolean[] totalMarked, boolean[][] marked) {
    }

    private static final class RandomStudy {

        final Project project = Project.create("Random study");
        final List<Document> documents = new ArrayList<>();
        final List<Participant> participants = new ArrayList<>();
        final List<Code> codes = new ArrayList<>();
        final List<Quotation> quotations = new ArrayList<>();
        final List<Group> participantGroups = new ArrayList<>();
        final List<Group> documentGroups = new ArrayList<>();
        final List<Group> codeGroups = new ArrayList<>();
        final AttributeDefinition role = new AttributeDefinition(UUID.randomUUID(), "role", AttributeType.CATEGORY,
                AttributeScope.PARTICIPANT, "", List.of(ROLES));

        RandomStudy(Random random) {
            EntityEdit.Builder edit = EntityEdit.builder("Set up").add(role);
            int documentCount = 1 + random.nextInt(5);
            for (int d = 0; d < documentCount; d++) {
                Document document = randomDocument(random, d);
                documents.add(document);
                edit.add(document);
            }
            int participantCount = 1 + random.nextInt(6);
            for (int p = 0; p < participantCount; p++) {
                Participant participant = randomParticipant(random, p);
                participants.add(participant);
                edit.add(participant);
            }
            int codeCount = 1 + random.nextInt(14);
            for (int c = 0; c < codeCount; c++) {
                Code code = Code.of("Code " + c, "#336699").withLevel(CodingLevel.values()[random.nextInt(CodingLevel.values().length)]);
                if (c > 0 && random.nextInt(4) > 0) {
                    code = code.withParent(codes.get(random.nextInt(c)).id());
                }
                codes.add(code);
                edit.add(code);
            }
            for (int g = 0; g < 2; g++) {
                participantGroups.add(Group.of("participants " + g, GroupKind.PARTICIPANT,
                        someOf(random, participants.stream().map(Participant::id).toList())));
                documentGroups.add(Group.of("documents " + g, GroupKind.DOCUMENT,
                        someOf(random, documents.stream().map(Document::id).toList())));
                codeGroups.add(Group.of("codes " + g, GroupKind.CODE, someOf(random, codes.stream().map(Code::id).toList())));
            }
            Stream.of(participantGroups, documentGroups, codeGroups).flatMap(List::stream).forEach(edit::add);
            project.apply(edit.build());
            int quotationCount = random.nextInt(80);
            EntityEdit.Builder coding = EntityEdit.builder("Code");
            for (int q = 0; q < quotationCount; q++) {
                Document document = documents.get(random.nextInt(documents.size()));
                int start = random.nextInt(document.text().length() - 1);
                int end = start + 1 + random.nextInt(Math.min(60, document.text().length() - start));
                if (q > 0 && random.nextInt(8) == 0) {
                    // The same range again: ties in text order go by id.
                    Quotation earlier = quotations.get(random.nextInt(quotations.size()));
                    document = documents.stream().filter(d -> d.id().equals(earlier.documentId())).findFirst().orElseThrow();
                    start = earlier.start();
                    end = earlier.end();
                }
                Quotation quotation = Quotation.of(document.id(), start, end,
                        someOf(random, codes.stream().map(Code::id).toList(), 1 + random.nextInt(3)), "tester");
                quotations.add(quotation);
                coding.add(quotation);
            }
            project.apply(coding.build());
        }

        private static Document randomDocument(Random random, int index) {
            String text = "x".repeat(120 + random.nextInt(200));
            List<SpeakerTurn> turns = new ArrayList<>();
            if (random.nextInt(4) > 0) {
                int at = random.nextInt(10);
                while (at < text.length() - 5) {
                    int end = Math.min(text.length(), at + 5 + random.nextInt(50));
                    turns.add(new SpeakerTurn(at, end, SPEAKERS[random.nextInt(SPEAKERS.length)]));
                    at = end + random.nextInt(4);
                }
            }
            Set<String> interviewers = random.nextInt(3) > 0 ? Set.of("Interviewer") : Set.of();
            return new Document(UUID.randomUUID(), "Document " + index, text, "d" + index + ".txt", Instant.EPOCH, "en",
                    Map.of(), turns, interviewers);
        }

        private Participant randomParticipant(Random random, int index) {
            Participant participant = Participant.of("Participant " + index);
            Set<SpeakerRef> speakers = new LinkedHashSet<>();
            Set<UUID> wholly = new LinkedHashSet<>();
            for (Document document : documents) {
                int choice = random.nextInt(4);
                if (choice == 0) {
                    speakers.add(new SpeakerRef(document.id(), SPEAKERS[random.nextInt(SPEAKERS.length)]));
                } else if (choice == 1) {
                    wholly.add(document.id());
                }
            }
            participant = participant.withSpeakers(speakers).withDocuments(wholly);
            if (random.nextInt(4) > 0) {
                participant = participant.withAttributes(Map.of("role",
                        AttributeValue.category(ROLES[random.nextInt(ROLES.length)])));
            }
            return participant;
        }

        private static Set<UUID> someOf(Random random, List<UUID> ids) {
            return someOf(random, ids, random.nextInt(ids.size() + 1));
        }

        private static Set<UUID> someOf(Random random, List<UUID> ids, int count) {
            List<UUID> shuffled = new ArrayList<>(ids);
            java.util.Collections.shuffle(shuffled, random);
            return new LinkedHashSet<>(shuffled.subList(0, Math.min(count, shuffled.size())));
        }

        CitationTableRequest randomRequest(Random random) {
            ColumnsBy columns = switch (random.nextInt(4)) {
                case 0 -> ColumnsBy.participants();
                case 1 -> ColumnsBy.documents();
                case 2 -> ColumnsBy.participantGroups();
                default -> ColumnsBy.attribute("role");
            };
            CitationFilter filter = CitationFilter.NONE;
            if (random.nextInt(3) == 0) {
                filter = filter.withParticipantGroups(List.of(participantGroups.get(random.nextInt(2)).id()));
            }
            if (random.nextInt(4) == 0) {
                filter = filter.withDocumentGroups(List.of(documentGroups.get(random.nextInt(2)).id()));
            }
            if (random.nextInt(5) == 0) {
                filter = filter.withCodeGroups(List.of(codeGroups.get(random.nextInt(2)).id()));
            }
            if (random.nextInt(5) == 0) {
                filter = filter.withLevels(List.of(CodingLevel.values()[random.nextInt(CodingLevel.values().length)]));
            }
            if (random.nextInt(5) == 0) {
                filter = filter.withAttributeConditions(List.of(new AttributeCondition("role", ROLES[random.nextInt(3)])));
            }
            return new CitationTableRequest(columns, random.nextBoolean() ? RowCodes.ALL_CODES : RowCodes.CATEGORIES,
                    random.nextBoolean() ? SubCodes.INCLUDED : SubCodes.EXCLUDED, filter, random.nextInt(6),
                    RowOrder.codeTree());
        }

        /** The table counted the plain way. */
        Expected expected(CitationTableRequest request) {
            CitationFilter filter = request.filter();
            List<Code> rowCodes = expectedRows(request);
            Optional<Set<UUID>> chosen = chosenParticipants(filter);
            Set<UUID> keptDocuments = new HashSet<>();
            documents.forEach(document -> keptDocuments.add(document.id()));
            for (UUID groupId : filter.documentGroupIds()) {
                keptDocuments.retainAll(new HashSet<>(documentGroups.stream().filter(g -> g.id().equals(groupId))
                        .findFirst().orElseThrow().memberIds()));
            }
            List<Column> columns = expectedColumns(request, chosen);

            List<List<UUID>> totals = new ArrayList<>();
            List<List<List<UUID>>> cells = new ArrayList<>();
            List<Quotation> inOrder = inDocumentAndTextOrder();
            for (Code rowCode : rowCodes) {
                List<UUID> total = new ArrayList<>();
                List<List<UUID>> rowCells = new ArrayList<>();
                columns.forEach(column -> rowCells.add(new ArrayList<>()));
                for (Quotation quotation : inOrder) {
                    if (!keptDocuments.contains(quotation.documentId()) && !filter.documentGroupIds().isEmpty()) {
                        continue;
                    }
                    if (!countsFor(quotation, rowCode, request.subCodes())) {
                        continue;
                    }
                    Set<UUID> speakers = whoseWords(quotation);
                    if (chosen.isPresent()) {
                        speakers.retainAll(chosen.get());
                        if (speakers.isEmpty()) {
                            continue;
                        }
                    }
                    total.add(quotation.id());
                    for (int c = 0; c < columns.size(); c++) {
                        if (columns.get(c).holds(quotation, speakers)) {
                            rowCells.get(c).add(quotation.id());
                        }
                    }
                }
                totals.add(total);
                cells.add(rowCells);
            }
            int[] totalCounts = totals.stream().mapToInt(List::size).toArray();
            int[] ranks = new int[rowCodes.size()];
            for (int r = 0; r < ranks.length; r++) {
                int larger = 0;
                for (int other : totalCounts) {
                    larger += other > totalCounts[r] ? 1 : 0;
                }
                ranks[r] = 1 + larger;
            }
            int cited = (int) Arrays.stream(totalCounts).filter(count -> count > 0).count();
            int top = MarkRule.allowsMarks(cited, request.top()) ? request.top() : 0;
            boolean[] totalMarked = new boolean[rowCodes.size()];
            boolean[][] marked = new boolean[rowCodes.size()][columns.size()];
            for (int r = 0; r < rowCodes.size(); r++) {
                totalMarked[r] = amongLargest(totalCounts[r], totalCounts, top);
                for (int c = 0; c < columns.size(); c++) {
                    int column = c;
                    int[] values = cells.stream().mapToInt(rowCells -> rowCells.get(column).size()).toArray();
                    marked[r][c] = amongLargest(values[r], values, top);
                }
            }
            return new Expected(rowCodes.stream().map(Code::id).toList(), columns.stream().map(Column::key).toList(),
                    totals, cells, ranks, totalMarked, marked);
        }

        /** Zero never; otherwise at least the N-th largest value (every value when there are fewer). */
        private static boolean amongLargest(int value, int[] values, int top) {
            if (top == 0 || value == 0) {
                return false;
            }
            Integer[] descending = Arrays.stream(values).boxed().sorted(Comparator.reverseOrder()).toArray(Integer[]::new);
            return value >= descending[Math.min(top, descending.length) - 1];
        }

        private List<Code> expectedRows(CitationTableRequest request) {
            CitationFilter filter = request.filter();
            Set<UUID> inCodeGroups = new HashSet<>();
            codeGroups.stream().filter(g -> filter.codeGroupIds().contains(g.id())).forEach(g -> inCodeGroups.addAll(g.memberIds()));
            List<Code> rows = new ArrayList<>();
            for (Code code : depthFirst()) {
                boolean category = codes.stream().anyMatch(other -> code.id().equals(other.parentId()));
                if (request.rows() == RowCodes.CATEGORIES && !category) {
                    continue;
                }
                if (!filter.levels().isEmpty() && !filter.levels().contains(code.level())) {
                    continue;
                }
                if (!filter.codeGroupIds().isEmpty() && !inCodeGroups.contains(code.id())) {
                    continue;
                }
                rows.add(code);
            }
            return rows;
        }

        private List<Code> depthFirst() {
            List<Code> order = new ArrayList<>();
            codes.stream().filter(code -> code.parentId() == null).forEach(root -> addWithChildren(root, order));
            return order;
        }

        private void addWithChildren(Code code, List<Code> order) {
            order.add(code);
            codes.stream().filter(child -> code.id().equals(child.parentId())).forEach(child -> addWithChildren(child, order));
        }

        private boolean countsFor(Quotation quotation, Code rowCode, SubCodes subCodes) {
            for (UUID codeId : quotation.codeIds()) {
                UUID at = codeId;
                while (at != null) {
                    if (at.equals(rowCode.id())) {
                        return true;
                    }
                    if (subCodes == SubCodes.EXCLUDED) {
                        break;
                    }
                    UUID current = at;
                    at = codes.stream().filter(code -> code.id().equals(current)).findFirst().orElseThrow().parentId();
                }
            }
            return false;
        }

        /** Every turn sharing a character with the quotation, by scanning them all. */
        private Set<UUID> whoseWords(Quotation quotation) {
            Document document = documents.stream().filter(d -> d.id().equals(quotation.documentId())).findFirst().orElseThrow();
            Set<UUID> wholly = new HashSet<>();
            participants.stream().filter(p -> p.documentIds().contains(document.id())).forEach(p -> wholly.add(p.id()));
            Set<UUID> result = new HashSet<>();
            boolean inAnyTurn = false;
            for (SpeakerTurn turn : document.turns()) {
                if (turn.start() < quotation.end() && quotation.start() < turn.end()) {
                    inAnyTurn = true;
                    Set<UUID> mapped = new HashSet<>();
                    participants.stream().filter(p -> p.speakers().contains(new SpeakerRef(document.id(), turn.speaker())))
                            .forEach(p -> mapped.add(p.id()));
                    if (!mapped.isEmpty()) {
                        result.addAll(mapped);
                    } else if (!document.interviewers().contains(turn.speaker())) {
                        result.addAll(wholly);
                    }
                }
            }
            return inAnyTurn ? result : wholly;
        }

        private Optional<Set<UUID>> chosenParticipants(CitationFilter filter) {
            if (filter.participantGroupIds().isEmpty() && filter.attributeConditions().isEmpty()) {
                return Optional.empty();
            }
            Set<UUID> chosen = new HashSet<>();
            for (Participant participant : participants) {
                boolean inGroup = filter.participantGroupIds().isEmpty() || participantGroups.stream()
                        .anyMatch(g -> filter.participantGroupIds().contains(g.id()) && g.memberIds().contains(participant.id()));
                boolean hasValue = filter.attributeConditions().stream()
                        .allMatch(condition -> condition.value().equals(ParticipantAttributes.labelOf(participant, role)));
                if (inGroup && hasValue) {
                    chosen.add(participant.id());
                }
            }
            return Optional.of(chosen);
        }

        private List<Quotation> inDocumentAndTextOrder() {
            Map<UUID, Integer> documentPosition = new HashMap<>();
            List<Document> inProject = new ArrayList<>(project.documents());
            for (int d = 0; d < inProject.size(); d++) {
                documentPosition.put(inProject.get(d).id(), d);
            }
            List<Quotation> ordered = new ArrayList<>(quotations);
            ordered.sort(Comparator.<Quotation>comparingInt(q -> documentPosition.get(q.documentId()))
                    .thenComparingInt(Quotation::start).thenComparingInt(Quotation::end).thenComparing(Quotation::id));
            return ordered;
        }

        private List<Column> expectedColumns(CitationTableRequest request, Optional<Set<UUID>> chosen) {
            CitationFilter filter = request.filter();
            List<Column> columns = new ArrayList<>();
            List<Participant> shown = participants.stream()
                    .filter(p -> chosen.map(ids -> ids.contains(p.id())).orElse(true)).toList();
            switch (request.columns().kind()) {
                case PARTICIPANT -> shown.forEach(p -> columns.add(new Column(p.id().toString(),
                        (quotation, speakers) -> speakers.contains(p.id()))));
                case DOCUMENT -> {
                    for (Document document : project.documents()) {
                        boolean kept = filter.documentGroupIds().isEmpty() || documentGroups.stream().anyMatch(g ->
                                filter.documentGroupIds().contains(g.id()) && g.memberIds().contains(document.id()));
                        if (kept) {
                            columns.add(new Column(document.id().toString(),
                                    (quotation, speakers) -> quotation.documentId().equals(document.id())));
                        }
                    }
                }
                case PARTICIPANT_GROUP -> {
                    for (Group group : participantGroups) {
                        if (filter.participantGroupIds().isEmpty() || filter.participantGroupIds().contains(group.id())) {
                            columns.add(new Column(group.id().toString(), (quotation, speakers) ->
                                    speakers.stream().anyMatch(group.memberIds()::contains)));
                        }
                    }
                }
                case ATTRIBUTE -> {
                    Set<String> allowed = new HashSet<>();
                    filter.attributeConditions().forEach(condition -> allowed.add(condition.value()));
                    List<String> labels = ParticipantAttributes.orderedLabels(role, shown);
                    for (String label : labels) {
                        if (allowed.isEmpty() || allowed.contains(label)) {
                            Set<UUID> holders = new HashSet<>();
                            shown.stream().filter(p -> ParticipantAttributes.labelOf(p, role).equals(label))
                                    .forEach(p -> holders.add(p.id()));
                            columns.add(new Column(label, (quotation, speakers) ->
                                    speakers.stream().anyMatch(holders::contains)));
                        }
                    }
                }
            }
            return columns;
        }
    }

    private interface Holds {
        boolean test(Quotation quotation, Set<UUID> speakers);
    }

    private record Column(String key, Holds rule) {
        boolean holds(Quotation quotation, Set<UUID> speakers) {
            return rule.test(quotation, speakers);
        }
    }
}
