package org.grounded.analysis.citations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.CodeTree;
import org.grounded.model.Code;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;

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
        CitationCounts counts = CitationCounts.count(project, tree, rowCodes, request.subCodes(), assignment,
                participants, documents);
        List<CitationRow> rows = buildRows(rowCodes, tree, counts, assignment.columns().size(), request.top());
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

    private static List<CitationRow> buildRows(List<Code> codes, CodeTree tree, CitationCounts counts,
                                               int columnCount, int top) {
        int[] totalCounts = counts.totals();
        int[] ranks = Ranks.of(totalCounts);
        int citedCodes = (int) Arrays.stream(totalCounts).filter(count -> count > 0).count();
        // Too few cited codes for "the N largest" to single anything out: no marks (MarkRule).
        int marked = MarkRule.allowsMarks(citedCodes, top) ? top : 0;
        LargestValues largestTotals = LargestValues.of(totalCounts, marked);
        LargestValues[] largestInColumn = new LargestValues[columnCount];
        for (int c = 0; c < columnCount; c++) {
            largestInColumn[c] = LargestValues.of(counts.column(c), marked);
        }
        List<CitationRow> rows = new ArrayList<>(codes.size());
        for (int r = 0; r < codes.size(); r++) {
            List<CitationCell> rowCells = new ArrayList<>(columnCount);
            for (int c = 0; c < columnCount; c++) {
                Mark mark = largestInColumn[c].contains(counts.count(r, c)) ? Mark.LARGEST_IN_COLUMN : Mark.NONE;
                rowCells.add(new CitationCell(counts.cell(r, c), mark));
            }
            Mark totalMark = largestTotals.contains(totalCounts[r]) ? Mark.LARGEST_TOTAL : Mark.NONE;
            Code code = codes.get(r);
            rows.add(new CitationRow(code, tree.depth(code.id()), ranks[r], rowCells,
                    new CitationCell(counts.total(r), totalMark)));
        }
        return rows;
    }
}
