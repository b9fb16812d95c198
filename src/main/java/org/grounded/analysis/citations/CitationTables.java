package org.grounded.analysis.citations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.CodeTree;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.GroupKind;
import org.grounded.model.ParticipantAttribution;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

/**
 * Computes citations tables (study A's Table 2): how many quotations of each code or category
 * fall in each participant's words, with ranks and the largest values marked.
 *
 * <p>The one entry point is {@link #compute}. It reads the project once and returns a plain
 * {@link CitationTable}; the project must not change meanwhile (background work passes a
 * {@link Project#copy()}).
 */
public final class CitationTables {

    private CitationTables() {
    }

    /**
     * The citations table the request asks for.
     *
     * @throws IllegalArgumentException when the request names an attribute or group the project
     *                                  lacks (the message says which) or sorts by a column the
     *                                  table does not have
     */
    public static CitationTable compute(Project project, CitationTableRequest request) {
        CodeTree tree = CodeTree.of(project);
        CitationFilter filter = request.filter();
        Optional<Set<UUID>> participants = ParticipantSelection.participants(project, filter);
        Optional<Set<UUID>> documents = ParticipantSelection.documents(project, filter);
        ColumnAssignment assignment = ColumnAssignment.of(project, request, participants, documents);
        List<Code> rowCodes = rowCodes(project, tree, request);
        Map<UUID, Integer> rowOfCode = new HashMap<>();
        for (int i = 0; i < rowCodes.size(); i++) {
            rowOfCode.put(rowCodes.get(i).id(), i);
        }

        int columnCount = assignment.columns().size();
        List<List<List<Quotation>>> cells = new ArrayList<>(rowCodes.size());
        List<List<Quotation>> totals = new ArrayList<>(rowCodes.size());
        for (int i = 0; i < rowCodes.size(); i++) {
            List<List<Quotation>> row = new ArrayList<>(columnCount);
            for (int c = 0; c < columnCount; c++) {
                row.add(new ArrayList<>());
            }
            cells.add(row);
            totals.add(new ArrayList<>());
        }

        ParticipantAttribution attribution = ParticipantAttribution.of(project);
        // Taken in document order and text order, so every cell's list is in that order as it fills
        // and needs no sorting (sorting 100,000 cells cost most of the table's time at 200,000 quotations).
        for (Quotation quotation : inTextOrder(project)) {
            if (documents.isPresent() && !documents.get().contains(quotation.documentId())) {
                continue;
            }
            Set<Integer> rows = rowsOf(quotation, tree, rowOfCode, request.subCodes());
            if (rows.isEmpty()) {
                continue;
            }
            Set<UUID> speakers = attribution.participantsOf(quotation);
            if (participants.isPresent()) {
                speakers = new LinkedHashSet<>(speakers);
                speakers.retainAll(participants.get());
                if (speakers.isEmpty()) {
                    continue;
                }
            }
            Set<Integer> columns = assignment.columnsOf(quotation, speakers);
            for (int row : rows) {
                totals.get(row).add(quotation);
                for (int column : columns) {
                    cells.get(row).get(column).add(quotation);
                }
            }
        }

        List<CitationRow> rows = buildRows(rowCodes, tree, cells, totals, columnCount, request.top());
        rows = CitationRowOrder.sort(rows, request.order(), assignment.columns(), row -> tree.position(row.code().id()));
        return new CitationTable(request, assignment.columns(), rows);
    }

    private static List<Code> rowCodes(Project project, CodeTree tree, CitationTableRequest request) {
        CitationFilter filter = request.filter();
        Set<UUID> inCodeGroups = new LinkedHashSet<>();
        filter.codeGroupIds().forEach(id ->
                inCodeGroups.addAll(ParticipantSelection.group(project, id, GroupKind.CODE).memberIds()));
        return tree.inTreeOrder().stream()
                .filter(code -> request.rows() == RowCodes.ALL_CODES || tree.isCategory(code.id()))
                .filter(code -> filter.levels().isEmpty() || filter.levels().contains(code.level()))
                .filter(code -> filter.codeGroupIds().isEmpty() || inCodeGroups.contains(code.id()))
                .toList();
    }

    /** The rows a quotation counts in: each of its codes' rows, and with sub-codes their categories' rows, once. */
    private static Set<Integer> rowsOf(Quotation quotation, CodeTree tree, Map<UUID, Integer> rowOfCode,
                                       SubCodes subCodes) {
        Set<Integer> rows = new LinkedHashSet<>();
        for (UUID id : tree.countedCodes(quotation, subCodes == SubCodes.INCLUDED)) {
            Integer row = rowOfCode.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<CitationRow> buildRows(List<Code> codes, CodeTree tree, List<List<List<Quotation>>> cells,
                                               List<List<Quotation>> totals, int columnCount, int top) {
        int[] totalCounts = totals.stream().mapToInt(List::size).toArray();
        int[] ranks = Ranks.of(totalCounts);
        int citedCodes = (int) java.util.Arrays.stream(totalCounts).filter(count -> count > 0).count();
        // Too few cited codes for "the N largest" to single anything out: no marks (MarkRule).
        int marked = MarkRule.allowsMarks(citedCodes, top) ? top : 0;
        LargestValues largestTotals = LargestValues.of(totalCounts, marked);
        List<LargestValues> largestInColumn = new ArrayList<>(columnCount);
        for (int c = 0; c < columnCount; c++) {
            int column = c;
            largestInColumn.add(LargestValues.of(cells.stream().mapToInt(row -> row.get(column).size()).toArray(), marked));
        }
        List<CitationRow> rows = new ArrayList<>(codes.size());
        for (int r = 0; r < codes.size(); r++) {
            List<CitationCell> rowCells = new ArrayList<>(columnCount);
            for (int c = 0; c < columnCount; c++) {
                List<Quotation> quotations = cells.get(r).get(c);
                Mark mark = largestInColumn.get(c).contains(quotations.size()) ? Mark.LARGEST_IN_COLUMN : Mark.NONE;
                rowCells.add(new CitationCell(quotations, mark));
            }
            List<Quotation> total = totals.get(r);
            Mark totalMark = largestTotals.contains(total.size()) ? Mark.LARGEST_TOTAL : Mark.NONE;
            Code code = codes.get(r);
            rows.add(new CitationRow(code, tree.depth(code.id()), ranks[r], rowCells, new CitationCell(total, totalMark)));
        }
        return rows;
    }

    /** Document order (as the project lists documents), then text order within a document. */
    private static List<Quotation> inTextOrder(Project project) {
        List<Quotation> ordered = new ArrayList<>(project.quotations().size());
        for (Document document : project.documents()) {
            ordered.addAll(project.quotationsIn(document.id()));
        }
        return ordered;
    }
}
