package org.grounded.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.Code;
import org.grounded.model.GroupKind;
import org.grounded.model.CodeTree;
import org.grounded.model.Document;
import org.grounded.model.Participant;
import org.grounded.model.ParticipantAttribution;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

/**
 * The quotations of a report: chosen by a {@link QuotationFilter}, in document order (as the
 * project lists its documents) and then text order, each with its participants, paragraph, codes
 * and text. Built once per report from a project that does not change meanwhile.
 */
public final class QuotationReports {

    private final Project project;
    private final CodeTree tree;
    private final ParticipantAttribution attribution;
    private final Map<UUID, Integer> documentPositions = new HashMap<>();
    private final Map<UUID, Integer> participantPositions = new HashMap<>();
    private final Map<UUID, Paragraphs> paragraphs = new HashMap<>();
    private List<Quotation> allSorted;

    private QuotationReports(Project project) {
        this.project = project;
        this.tree = project.codeTree();
        this.attribution = ParticipantAttribution.of(project);
        for (Document document : project.documents()) {
            documentPositions.put(document.id(), documentPositions.size());
        }
        for (Participant participant : project.participants()) {
            participantPositions.put(participant.id(), participantPositions.size());
        }
    }

    public static QuotationReports of(Project project) {
        return new QuotationReports(project);
    }

    /** The quotations the filter chooses, in document order and then text order. */
    public List<QuotationRow> rows(QuotationFilter filter) {
        Set<UUID> codes = codesMatching(filter);
        Set<String> coders = new HashSet<>();
        filter.coders().forEach(name -> coders.add(name.toLowerCase(Locale.ROOT)));
        List<Set<UUID>> speakerSets = speakerSets(filter);
        List<QuotationRow> rows = new ArrayList<>();
        for (Quotation quotation : sortedQuotations()) {
            if (!filter.documentIds().isEmpty() && !filter.documentIds().contains(quotation.documentId())) {
                continue;
            }
            if (!codes.isEmpty() && quotation.codeIds().stream().noneMatch(codes::contains)) {
                continue;
            }
            if (!coders.isEmpty() && !codedBy(quotation, codes, coders)) {
                continue;
            }
            Set<UUID> speakers = attribution.participantsOf(quotation);
            if (speakerSets.stream().anyMatch(wanted -> speakers.stream().noneMatch(wanted::contains))) {
                continue;
            }
            rows.add(row(quotation, speakers));
        }
        return rows;
    }

    /**
     * Whether one of the coders (lower case) applied one of the quotation's codes — one of
     * {@code codes} when codes are chosen — or, for a quotation without codes, made it.
     */
    private static boolean codedBy(Quotation quotation, Set<UUID> codes, Set<String> coders) {
        if (quotation.codings().isEmpty()) {
            return coders.contains(quotation.coder().toLowerCase(Locale.ROOT));
        }
        return quotation.codings().stream()
                .anyMatch(coding -> (codes.isEmpty() || codes.contains(coding.codeId()))
                        && coders.contains(coding.coder().toLowerCase(Locale.ROOT)));
    }

    /**
     * The sets of participants a quotation's speakers must each meet: the chosen participants, the
     * members of the chosen groups, and for each attribute the participants with a wanted value.
     */
    private List<Set<UUID>> speakerSets(QuotationFilter filter) {
        List<Set<UUID>> sets = new ArrayList<>();
        if (!filter.participantIds().isEmpty()) {
            sets.add(filter.participantIds());
        }
        if (!filter.groupIds().isEmpty()) {
            Set<UUID> members = new HashSet<>();
            project.groups(GroupKind.PARTICIPANT).stream().filter(group -> filter.groupIds().contains(group.id()))
                    .forEach(group -> members.addAll(group.memberIds()));
            sets.add(members);
        }
        filter.attributeValues().forEach((name, labels) -> {
            AttributeDefinition attribute = ParticipantAttributes.all(project).stream()
                    .filter(definition -> definition.name().equalsIgnoreCase(name.strip())).findFirst()
                    .orElse(AttributeDefinition.of(name, AttributeType.TEXT, AttributeScope.PARTICIPANT));
            Set<UUID> having = new HashSet<>();
            for (Participant participant : project.participants()) {
                if (labels.contains(ParticipantAttributes.labelOf(participant, attribute))) {
                    having.add(participant.id());
                }
            }
            sets.add(having);
        });
        return sets;
    }

    /**
     * The rows under headings: each code's (in code-tree order) or each participant's (in the
     * project's order), then the rows with none under "(no code)" or "(no participant)".
     */
    public List<QuotationGroup> group(List<QuotationRow> rows, Grouping grouping) {
        Map<String, Integer> order = new HashMap<>();
        if (grouping == Grouping.CODE) {
            tree.inTreeOrder().forEach(code -> order.putIfAbsent(code.name(), order.size()));
        } else {
            project.participants().forEach(participant -> order.putIfAbsent(participant.name(), order.size()));
        }
        Map<String, List<QuotationRow>> groups = new java.util.TreeMap<>(
                Comparator.<String>comparingInt(name -> order.getOrDefault(name, Integer.MAX_VALUE))
                        .thenComparing(Comparator.naturalOrder()));
        List<QuotationRow> none = new ArrayList<>();
        for (QuotationRow row : rows) {
            List<String> names = grouping == Grouping.CODE ? row.codes() : row.participants();
            if (names.isEmpty()) {
                none.add(row);
            }
            for (String name : names) {
                groups.computeIfAbsent(name, k -> new ArrayList<>()).add(row);
            }
        }
        List<QuotationGroup> result = new ArrayList<>();
        groups.forEach((heading, members) -> result.add(new QuotationGroup(heading, members)));
        if (!none.isEmpty()) {
            result.add(new QuotationGroup(grouping == Grouping.CODE ? Grouping.NO_CODE : Grouping.NO_PARTICIPANT, none));
        }
        return result;
    }

    /**
     * The rows with their text in context: the quotation's own lines and {@code lines} lines before and
     * after them, each
     * side cut to {@link TextContext#MAX_SIDE} characters at a word.
     */
    public List<QuotationRow> withContext(List<QuotationRow> rows, int lines) {
        if (lines < 0) {
            throw new IllegalArgumentException("The lines of context cannot be negative: " + lines);
        }
        List<QuotationRow> out = new ArrayList<>(rows.size());
        for (QuotationRow row : rows) {
            String text = project.document(row.quotation().documentId()).map(Document::text).orElse("");
            TextContext context = TextContext.around(text, row.start(), row.end(), lines);
            out.add(new QuotationRow(row.quotation(), row.document(), row.participants(), row.paragraph(), row.codes(),
                    row.text(), context.before(), context.after()));
        }
        return out;
    }

    /** The row of one quotation. */
    public QuotationRow row(Quotation quotation) {
        return row(quotation, attribution.participantsOf(quotation));
    }

    /** All the project's quotations in document order, then text order; sorted once. */
    public List<Quotation> sortedQuotations() {
        if (allSorted == null) {
            // Each document's quotations come in text order from the project's index (start, end, id:
            // this order's tie-breaks); joined in document order, they need no sort of all 200,000.
            List<Quotation> all = new ArrayList<>(project.quotations().size());
            for (Document document : project.documents()) {
                all.addAll(project.quotationsIn(document.id()));
            }
            if (all.size() < project.quotations().size()) {
                // Quotations of a document the project lacks (a damaged file) go last, as textOrder puts them.
                Set<UUID> documents = documentPositions.keySet();
                all.addAll(sorted(project.quotations().stream()
                        .filter(quotation -> !documents.contains(quotation.documentId())).toList()));
            }
            allSorted = List.copyOf(all);
        }
        return allSorted;
    }

    /** Sorts quotations into document order, then text order. */
    public List<Quotation> sorted(java.util.Collection<Quotation> quotations) {
        return quotations.stream().sorted(textOrder()).toList();
    }

    /** The participants whose words the quotation holds. */
    Set<UUID> participantsOf(Quotation quotation) {
        return attribution.participantsOf(quotation);
    }

    private Comparator<Quotation> textOrder() {
        return Comparator.<Quotation>comparingInt(q -> documentPositions.getOrDefault(q.documentId(), Integer.MAX_VALUE))
                .thenComparingInt(Quotation::start).thenComparingInt(Quotation::end).thenComparing(Quotation::id);
    }

    private Set<UUID> codesMatching(QuotationFilter filter) {
        Set<UUID> codes = new HashSet<>(filter.codeIds());
        if (filter.withSubCodes()) {
            for (UUID codeId : filter.codeIds()) {
                tree.subtree(codeId).forEach(code -> codes.add(code.id()));
            }
        }
        return codes;
    }

    private QuotationRow row(Quotation quotation, Set<UUID> speakers) {
        Document document = project.document(quotation.documentId()).orElseThrow();
        int paragraph = paragraphs.computeIfAbsent(document.id(), id -> Paragraphs.of(document.text()))
                .numberAt(quotation.start());
        List<String> participants = speakers.stream()
                .sorted(Comparator.comparingInt(id -> participantPositions.getOrDefault(id, Integer.MAX_VALUE)))
                .map(id -> project.participant(id).map(Participant::name).orElse("?")).toList();
        List<String> codeNames = new LinkedHashSet<>(quotation.codeIds()).stream()
                .sorted(Comparator.comparingInt(id -> tree.position(id) < 0 ? Integer.MAX_VALUE : tree.position(id)))
                .map(id -> project.code(id).map(Code::name).orElse("?")).toList();
        String text = document.text().substring(quotation.start(), Math.min(quotation.end(), document.text().length()));
        return new QuotationRow(quotation, document.name(), participants, paragraph, codeNames, text);
    }
}
