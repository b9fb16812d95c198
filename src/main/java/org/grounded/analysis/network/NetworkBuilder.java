package org.grounded.analysis.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.CodeTree;
import org.grounded.analysis.citations.CitationColumn;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.citations.ColumnsBy;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;

/**
 * Builds a {@link CodeNetwork} from a project. Weights come from the citations table
 * ({@link CitationTables}: participant links and node sizes) and the co-occurrence matrix
 * ({@link Cooccurrences}): this class calls them and never counts quotations itself. The project
 * must not change meanwhile (background work passes a {@link Project#copy()}).
 */
public final class NetworkBuilder {

    /** The label of a hierarchy edge, read from sub-code to category. */
    public static final String HIERARCHY_LABEL = "sub-code of";

    private NetworkBuilder() {
    }

    /**
     * The network the request asks for.
     *
     * @throws IllegalArgumentException when the request names a group or code the project lacks
     */
    public static CodeNetwork build(Project project, NetworkRequest request) {
        return build(project, request, CitationTables.compute(project, CitationTableRequest.defaults().withTop(0)));
    }

    /**
     * The network the request asks for, with the citations table by participant already counted
     * (the report counts it for its Table 2 and draws the figure from the same table).
     *
     * @param byParticipant the project's table as {@link CitationTableRequest#defaults()} asks, with any
     *                      number of marks (the network reads counts, not marks)
     * @throws IllegalArgumentException when the request names a group or code the project lacks, or
     *                                  the table was asked for otherwise
     */
    public static CodeNetwork build(Project project, NetworkRequest request, CitationTable byParticipant) {
        CitationTableRequest tableRequest = CitationTableRequest.defaults().withTop(0);
        if (!byParticipant.request().withTop(0).withOrder(tableRequest.order()).equals(tableRequest)) {
            throw new IllegalArgumentException("The network counts from the default citations table, not from "
                    + byParticipant.request());
        }
        CodeTree tree = CodeTree.of(project);
        List<Code> codes = selectedCodes(project, tree, request);
        Set<String> only = request.onlyNodeIds();
        if (!only.isEmpty()) {
            codes = codes.stream().filter(code -> only.contains(code.id().toString())).toList();
        }

        List<Draft> drafts = new ArrayList<>();
        Map<UUID, String> parents = nearestAncestorsInNetwork(codes, tree);
        for (Code code : codes) {
            int citations = byParticipant.row(code.id()).map(row -> row.total().count()).orElse(0);
            drafts.add(new Draft(code.id().toString(), NodeKind.CODE, code.name(), code.colour(), citations,
                    isCentral(code), code.level(), parents.get(code.id())));
        }

        List<NetworkEdge> edges = new ArrayList<>();
        for (NodeKind kind : List.of(NodeKind.PARTICIPANT, NodeKind.DOCUMENT, NodeKind.PARTICIPANT_GROUP)) {
            if (request.extraNodeKinds().contains(kind)) {
                CitationTable table = kind == NodeKind.PARTICIPANT ? byParticipant
                        : CitationTables.compute(project, tableRequest.withColumns(columnsFor(kind)));
                addCitingNodes(table, kind, codes, request, drafts, edges);
            }
        }
        if (request.edgeKinds().contains(EdgeKind.COOCCURRENCE) && codes.size() > 1) {
            edges.addAll(cooccurrenceEdges(project, codes, request));
        }
        if (request.edgeKinds().contains(EdgeKind.RELATION)) {
            edges.addAll(relationEdges(project, codes));
        }
        if (request.edgeKinds().contains(EdgeKind.HIERARCHY)) {
            for (Code code : codes) {
                String parent = parents.get(code.id());
                if (parent != null) {
                    String child = code.id().toString();
                    edges.add(new NetworkEdge("hierarchy:" + child + ":" + parent, child, parent, EdgeKind.HIERARCHY,
                            1, HIERARCHY_LABEL, true, null));
                }
            }
        }
        return finish(drafts, edges, request);
    }

    private static List<Code> selectedCodes(Project project, CodeTree tree, NetworkRequest request) {
        CodeSelection selection = request.codes();
        List<Code> all = tree.inTreeOrder();
        return switch (selection.kind()) {
            case ALL -> all;
            case LEVEL -> all.stream().filter(code -> code.level() == selection.level()).toList();
            case CORE -> all.stream().filter(NetworkBuilder::isCentral).toList();
            case CODE_GROUP -> {
                Group group = project.find(Group.class, selection.id()).orElseThrow(() ->
                        new IllegalArgumentException("The network asks for a code group that is not in the project"));
                if (group.kind() != GroupKind.CODE) {
                    throw new IllegalArgumentException("Group '" + group.name() + "' is a "
                            + group.kind().name().toLowerCase(Locale.ROOT) + " group, not a code group");
                }
                yield all.stream().filter(code -> group.memberIds().contains(code.id())).toList();
            }
            case SUBTREE -> {
                Code root = project.code(selection.id()).orElseThrow(() ->
                        new IllegalArgumentException("The network asks for the sub-codes of a code that is not in the project"));
                yield all.stream().filter(code -> tree.selfAndAncestors(code.id()).contains(root.id())).toList();
            }
        };
    }

    /** Central, as study A's Figure 1 highlights: marked core, or coded at the selective level. */
    static boolean isCentral(Code code) {
        return code.core() || code.level() == CodingLevel.SELECTIVE;
    }

    private static Map<UUID, String> nearestAncestorsInNetwork(List<Code> codes, CodeTree tree) {
        Set<UUID> inNetwork = new HashSet<>();
        codes.forEach(code -> inNetwork.add(code.id()));
        Map<UUID, String> parents = new HashMap<>();
        for (Code code : codes) {
            List<UUID> lineage = tree.selfAndAncestors(code.id());
            for (int i = 1; i < lineage.size(); i++) {
                if (inNetwork.contains(lineage.get(i))) {
                    parents.put(code.id(), lineage.get(i).toString());
                    break;
                }
            }
        }
        return parents;
    }

    private static ColumnsBy columnsFor(NodeKind kind) {
        return switch (kind) {
            case PARTICIPANT -> ColumnsBy.participants();
            case DOCUMENT -> ColumnsBy.documents();
            case PARTICIPANT_GROUP -> ColumnsBy.participantGroups();
            case CODE -> throw new IllegalArgumentException("Codes are rows of the citations table, not columns");
        };
    }

    /**
     * One node per column of the table, and (when asked) one link per non-empty cell of the
     * network's codes, weighted by the cell's count. The node's citations are the distinct
     * quotations of the network's codes in its column.
     */
    private static void addCitingNodes(CitationTable table, NodeKind kind, List<Code> codes, NetworkRequest request,
                                       List<Draft> drafts, List<NetworkEdge> edges) {
        Set<String> only = request.onlyNodeIds();
        boolean links = request.edgeKinds().contains(EdgeKind.PARTICIPANT_LINK);
        List<CitationRow> rows = new ArrayList<>();
        for (Code code : codes) {
            table.row(code.id()).ifPresent(rows::add);
        }
        for (int c = 0; c < table.columns().size(); c++) {
            CitationColumn column = table.columns().get(c);
            String id = column.entityId().orElseThrow().toString();
            if (!only.isEmpty() && !only.contains(id)) {
                continue;
            }
            Set<UUID> quotations = new HashSet<>();
            for (CitationRow row : rows) {
                List<Quotation> cell = row.cell(c).quotations();
                cell.forEach(quotation -> quotations.add(quotation.id()));
                String codeId = row.code().id().toString();
                if (links && !cell.isEmpty()) {
                    edges.add(new NetworkEdge("link:" + id + ":" + codeId, id, codeId, EdgeKind.PARTICIPANT_LINK,
                            cell.size(), request.linkingWord(), false, null));
                }
            }
            drafts.add(new Draft(id, kind, column.label(), null, quotations.size(), false, null, null));
        }
    }

    private static List<NetworkEdge> cooccurrenceEdges(Project project, List<Code> codes, NetworkRequest request) {
        CooccurrenceMatrix matrix = Cooccurrences.matrix(project,
                CooccurrenceRequest.allCodes().withCodes(codes.stream().map(Code::id).toList()));
        CooccurrenceMeasure measure = request.cooccurrenceWeight() == CooccurrenceWeight.COUNT
                ? CooccurrenceMeasure.COUNT : CooccurrenceMeasure.C_COEFFICIENT;
        List<NetworkEdge> edges = new ArrayList<>();
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = i + 1; j < matrix.size(); j++) {
                // An undefined c-coefficient (overlaps pairing many to many) has no weight to draw.
                OptionalDouble value = matrix.value(i, j, measure);
                if (value.isPresent() && value.getAsDouble() > 0 && value.getAsDouble() >= request.minimumWeight()) {
                    String a = matrix.codes().get(i).id().toString();
                    String b = matrix.codes().get(j).id().toString();
                    edges.add(new NetworkEdge("cooccurrence:" + a + ":" + b, a, b, EdgeKind.COOCCURRENCE,
                            value.getAsDouble(), "", false, null));
                }
            }
        }
        return edges;
    }

    private static List<NetworkEdge> relationEdges(Project project, List<Code> codes) {
        Set<UUID> inNetwork = new HashSet<>();
        codes.forEach(code -> inNetwork.add(code.id()));
        List<NetworkEdge> edges = new ArrayList<>();
        for (Relation relation : project.relations()) {
            if (inNetwork.contains(relation.sourceCodeId()) && inNetwork.contains(relation.targetCodeId())) {
                RelationType type = project.relationType(relation.typeId()).orElse(null);
                String label = type == null ? "" : type.name();
                boolean directed = type != null && type.directed();
                String id = relation.id().toString();
                edges.add(new NetworkEdge("relation:" + id, relation.sourceCodeId().toString(),
                        relation.targetCodeId().toString(), EdgeKind.RELATION, 1, label, directed, id));
            }
        }
        return edges;
    }

    /** Counts degrees and marks isolated codes once every edge is known. */
    private static CodeNetwork finish(List<Draft> drafts, List<NetworkEdge> edges, NetworkRequest request) {
        Map<String, Integer> degrees = new LinkedHashMap<>();
        Set<String> linked = new HashSet<>();
        for (NetworkEdge edge : edges) {
            degrees.merge(edge.sourceId(), 1, Integer::sum);
            if (!edge.targetId().equals(edge.sourceId())) {
                degrees.merge(edge.targetId(), 1, Integer::sum);
            }
            if (edge.kind() == EdgeKind.PARTICIPANT_LINK) {
                linked.add(edge.sourceId());
                linked.add(edge.targetId());
            }
        }
        boolean byParticipantLinks = request.edgeKinds().contains(EdgeKind.PARTICIPANT_LINK)
                && drafts.stream().anyMatch(draft -> draft.kind().cites());
        List<NetworkNode> nodes = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            int degree = degrees.getOrDefault(draft.id(), 0);
            boolean isolated = draft.kind() == NodeKind.CODE
                    && (byParticipantLinks ? !linked.contains(draft.id()) : degree == 0);
            nodes.add(new NetworkNode(draft.id(), draft.kind(), draft.label(), draft.colour(), draft.citations(),
                    degree, draft.central(), isolated, draft.level(), draft.parentId()));
        }
        return new CodeNetwork(nodes, edges);
    }

    /** A node before its degree and isolation are known. */
    private record Draft(String id, NodeKind kind, String label, String colour, int citations, boolean central,
                         CodingLevel level, String parentId) {
    }
}
