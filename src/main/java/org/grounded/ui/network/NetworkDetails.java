package org.grounded.ui.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.grounded.analysis.citations.CitationColumn;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.citations.ColumnsBy;
import org.grounded.analysis.cooccurrence.CodingPair;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.NodeKind;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.ui.analysis.PassageCard;
import org.grounded.ui.analysis.PassageCards;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * What the side list shows for a clicked node or edge, read from the project copy the network
 * was built from, with the same counting the network used: a code's quotations are its Total
 * cell of the citations table; a participant's (document's, group's) are its column's cells of the
 * network's codes; a participant link's are that one cell; a co-occurrence's are the matrix's
 * overlapping pairs; a relation shows its comment.
 */
final class NetworkDetails {

    /** The side list's content. */
    record Detail(String title, List<PassageCard> cards, String note) {
        static final Detail NONE = new Detail("", List.of(), "");
    }

    private final Project project;
    private final CodeNetwork network;
    private final CitationTableRequest tableRequest = CitationTableRequest.defaults().withTop(0);

    NetworkDetails(Project project, CodeNetwork network) {
        this.project = project;
        this.network = network;
    }

    Detail ofNode(NetworkNode node) {
        PassageCards cards = new PassageCards(project);
        if (node.isCode()) {
            CitationTable table = CitationTables.compute(project, tableRequest);
            List<Quotation> quotations = table.row(UUID.fromString(node.id()))
                    .map(row -> row.total().quotations()).orElse(List.of());
            return new Detail(node.label() + ": " + quotations(quotations.size()),
                    quotations.stream().map(cards::of).toList(), "");
        }
        CitationTable table = CitationTables.compute(project, tableRequest.withColumns(columnsFor(node.kind())));
        Map<UUID, Quotation> quotations = new LinkedHashMap<>();
        columnOf(table, node.id()).ifPresent(column -> {
            for (NetworkNode code : network.nodes()) {
                if (code.isCode()) {
                    table.row(UUID.fromString(code.id())).ifPresent(row ->
                            row.cell(column).quotations().forEach(q -> quotations.putIfAbsent(q.id(), q)));
                }
            }
        });
        List<Quotation> sorted = quotations.values().stream()
                .sorted(java.util.Comparator.comparing(Quotation::documentId).thenComparingInt(Quotation::start))
                .toList();
        return new Detail(node.label() + ": " + (sorted.size() == 1 ? lang("%0 quotation of the network's codes", sorted.size())
                : lang("%0 quotations of the network's codes", sorted.size())),
                sorted.stream().map(cards::of).toList(), "");
    }

    Detail ofEdge(NetworkEdge edge) {
        NetworkNode source = network.node(edge.sourceId()).orElseThrow();
        NetworkNode target = network.node(edge.targetId()).orElseThrow();
        PassageCards cards = new PassageCards(project);
        return switch (edge.kind()) {
            case COOCCURRENCE -> {
                List<UUID> codes = network.nodes().stream().filter(NetworkNode::isCode)
                        .map(node -> UUID.fromString(node.id())).toList();
                List<CodingPair> pairs = Cooccurrences.pairs(project, CooccurrenceRequest.allCodes().withCodes(codes),
                        UUID.fromString(source.id()), UUID.fromString(target.id()));
                yield new Detail(source.label() + " × " + target.label() + ": "
                        + (pairs.size() == 1 ? lang("%0 overlapping pair", pairs.size())
                        : lang("%0 overlapping pairs", pairs.size())), pairs.stream().map(cards::of).toList(), "");
            }
            case PARTICIPANT_LINK -> {
                NetworkNode citing = source.isCode() ? target : source;
                NetworkNode code = source.isCode() ? source : target;
                CitationTable table = CitationTables.compute(project,
                        tableRequest.withColumns(columnsFor(citing.kind())));
                List<Quotation> quotations = columnOf(table, citing.id()).flatMap(column ->
                        table.row(UUID.fromString(code.id())).map((CitationRow row) -> row.cell(column).quotations()))
                        .orElse(List.of());
                yield new Detail(citing.label() + " " + edge.label() + " " + code.label() + ": "
                        + quotations(quotations.size()), quotations.stream().map(cards::of).toList(), "");
            }
            case RELATION -> {
                Optional<Relation> relation = edge.relationId() == null ? Optional.empty()
                        : project.find(Relation.class, UUID.fromString(edge.relationId()));
                String comment = relation.map(Relation::comment).filter(text -> !text.isBlank())
                        .orElse(lang("No comment on this relation. Write one in the coding view's Relations tab."));
                yield new Detail(source.label() + (edge.directed() ? " — " + edge.label() + " → " : " — " + edge.label()
                        + " — ") + target.label(), List.of(), comment);
            }
            case HIERARCHY -> new Detail(lang("%0 is a sub-code of %1", source.label(), target.label()), List.of(),
                    lang("The code tree: %0 sits under %1.", source.label(), target.label()));
        };
    }

    private static Optional<Integer> columnOf(CitationTable table, String entityId) {
        List<CitationColumn> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).entityId().map(id -> id.toString().equals(entityId)).orElse(false)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static ColumnsBy columnsFor(NodeKind kind) {
        return switch (kind) {
            case DOCUMENT -> ColumnsBy.documents();
            case PARTICIPANT_GROUP -> ColumnsBy.participantGroups();
            default -> ColumnsBy.participants();
        };
    }

    static boolean showsPassages(EdgeKind kind) {
        return kind == EdgeKind.COOCCURRENCE || kind == EdgeKind.PARTICIPANT_LINK;
    }

    private static String quotations(int count) {
        return count == 1 ? lang("%0 quotation", count) : lang("%0 quotations", count);
    }
}
