package org.grounded.analysis.citations;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.CodeTree;
import org.grounded.model.Document;
import org.grounded.model.ParticipantAttribution;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

/**
 * The one pass over a project's quotations behind a citations table (decision 0045): rows and
 * columns are dense indexes, the counts are arrays, and each cell's quotations are a slice of one
 * array filled in document and text order. A code's rows (itself and, with sub-codes, the
 * categories above it) are resolved once per code, and whose words a passage holds once per
 * speaker of a document, instead of once per quotation.
 */
final class CitationCounts {

    /** Marks a set of speakers the participant filter leaves empty: the quotation drops out. */
    private static final int[] DROPPED = new int[0];

    private final int rowCount;
    private final int columnCount;
    /** Counts per cell, row by row: {@code row * columnCount + column}. */
    private final int[] cellCounts;
    private final int[] totalCounts;

    /**
     * The quotations counted, in counting order, with the columns each counts in and its rows:
     * those of quotation {@code i} are {@code rows[rowsEnd[i - 1]]} up to {@code rows[rowsEnd[i]]}.
     */
    private final Quotation[] counted;
    private final int[][] columnsOfCounted;
    private final int[] rowsEnd;
    private int[] rows;
    private int countedSize;

    /** Filled by {@link #layOut}: each row's Total and then each cell as a run of indexes into {@link #counted}. */
    private int[] totalStart;
    private int[] inTotals;
    private int[] cellStart;
    private int[] inCells;

    private CitationCounts(int rowCount, int columnCount, int quotationCount) {
        this.rowCount = rowCount;
        this.columnCount = columnCount;
        this.cellCounts = new int[rowCount * columnCount];
        this.totalCounts = new int[rowCount];
        this.counted = new Quotation[quotationCount];
        this.columnsOfCounted = new int[quotationCount][];
        this.rowsEnd = new int[quotationCount + 1];
        this.rows = new int[Math.max(16, quotationCount * 4)];
    }

    /**
     * Counts every quotation of the chosen documents (all when empty), taking documents in the
     * project's order and each document's quotations in text order.
     */
    static CitationCounts count(Project project, CodeTree tree, List<Code> rowCodes, SubCodes subCodes,
                                ColumnAssignment assignment, Optional<Set<UUID>> participants,
                                Optional<Set<UUID>> documents) {
        CitationCounts counts = new CitationCounts(rowCodes.size(), assignment.columns().size(),
                project.quotations().size());
        RowsOfCodes rows = new RowsOfCodes(tree, rowCodes, subCodes);
        ParticipantAttribution attribution = ParticipantAttribution.of(project);
        Map<UUID, List<Quotation>> quotationsByDocument = project.quotationsInTextOrderByDocument();
        for (Document document : project.documents()) {
            if (documents.isPresent() && !documents.get().contains(document.id())) {
                continue;
            }
            List<Quotation> quotations = quotationsByDocument.get(document.id());
            if (quotations == null) {
                continue;
            }
            ParticipantAttribution.DocumentSpeakers.InTextOrder speakers = attribution.in(document).inTextOrder();
            ColumnsOfSpeakers columns = new ColumnsOfSpeakers(document.id(), assignment, participants);
            for (Quotation quotation : quotations) {
                int rowsFound = rows.find(quotation);
                if (rowsFound == 0) {
                    continue;
                }
                int[] quotationColumns = columns.of(speakers.participantsOf(quotation.start(), quotation.end()));
                if (quotationColumns != DROPPED) {
                    counts.add(quotation, rows.found(), rowsFound, quotationColumns);
                }
            }
        }
        counts.layOut();
        return counts;
    }

    private void add(Quotation quotation, int[] foundRows, int rowsFound, int[] columns) {
        int from = rowsEnd[countedSize];
        if (from + rowsFound > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(rows.length * 2, from + rowsFound));
        }
        for (int i = 0; i < rowsFound; i++) {
            int row = foundRows[i];
            rows[from + i] = row;
            totalCounts[row]++;
        }
        counted[countedSize] = quotation;
        columnsOfCounted[countedSize] = columns;
        countedSize++;
        rowsEnd[countedSize] = from + rowsFound;
    }

    /**
     * Lays the counted quotations out by row (each row's Total) and then, row by row, by cell, as
     * indexes into {@link #counted} in counting order: a counting sort that writes one row's cells
     * at a time (scattering over all 100,000 cells at once cost more than all the rest).
     */
    private void layOut() {
        totalStart = new int[rowCount + 1];
        for (int row = 0; row < rowCount; row++) {
            totalStart[row + 1] = totalStart[row] + totalCounts[row];
        }
        inTotals = new int[totalStart[rowCount]];
        int[] totalNext = Arrays.copyOf(totalStart, rowCount);
        int cellEntries = 0;
        for (int i = 0; i < countedSize; i++) {
            for (int r = rowsEnd[i]; r < rowsEnd[i + 1]; r++) {
                inTotals[totalNext[rows[r]]++] = i;
            }
            cellEntries += (rowsEnd[i + 1] - rowsEnd[i]) * columnsOfCounted[i].length;
        }
        cellStart = new int[rowCount * columnCount + 1];
        inCells = new int[cellEntries];
        int[] cellNext = new int[columnCount];
        for (int row = 0; row < rowCount; row++) {
            int base = row * columnCount;
            for (int entry = totalStart[row]; entry < totalStart[row + 1]; entry++) {
                for (int column : columnsOfCounted[inTotals[entry]]) {
                    cellCounts[base + column]++;
                }
            }
            for (int column = 0; column < columnCount; column++) {
                cellStart[base + column + 1] = cellStart[base + column] + cellCounts[base + column];
                cellNext[column] = cellStart[base + column];
            }
            for (int entry = totalStart[row]; entry < totalStart[row + 1]; entry++) {
                int quotation = inTotals[entry];
                for (int column : columnsOfCounted[quotation]) {
                    inCells[cellNext[column]++] = quotation;
                }
            }
        }
    }

    int count(int row, int column) {
        return cellCounts[row * columnCount + column];
    }

    /** The Total of each row: its distinct quotations. */
    int[] totals() {
        return totalCounts.clone();
    }

    /** One column's counts, row by row. */
    int[] column(int column) {
        int[] values = new int[rowCount];
        for (int row = 0; row < rowCount; row++) {
            values[row] = cellCounts[row * columnCount + column];
        }
        return values;
    }

    /** The quotations of a cell, in document and text order. */
    List<Quotation> cell(int row, int column) {
        int cell = row * columnCount + column;
        return Slice.of(counted, inCells, cellStart[cell], cellStart[cell + 1]);
    }

    /** The quotations of a row's Total, in document and text order. */
    List<Quotation> total(int row) {
        return Slice.of(counted, inTotals, totalStart[row], totalStart[row + 1]);
    }

    /**
     * A read-only list of quotations named by a part of an index array, neither of which anything
     * writes to once counted: what a {@link CitationCell} keeps without copying (a table has
     * 100,000 cells).
     */
    static final class Slice extends AbstractList<Quotation> implements RandomAccess {

        private final Quotation[] quotations;
        private final int[] indexes;
        private final int from;
        private final int to;

        private Slice(Quotation[] quotations, int[] indexes, int from, int to) {
            this.quotations = quotations;
            this.indexes = indexes;
            this.from = from;
            this.to = to;
        }

        static List<Quotation> of(Quotation[] quotations, int[] indexes, int from, int to) {
            return from == to ? List.of() : new Slice(quotations, indexes, from, to);
        }

        @Override
        public Quotation get(int index) {
            Objects.checkIndex(index, to - from);
            return quotations[indexes[from + index]];
        }

        @Override
        public int size() {
            return to - from;
        }
    }

    /** The rows a quotation counts in: each of its codes' rows and, with sub-codes, their categories' rows, once. */
    private static final class RowsOfCodes {

        private final CodeTree tree;
        private final boolean withSubCodes;
        private final Map<UUID, Integer> rowOfCode = new HashMap<>();
        /**
         * Code id to the rows it counts in, as an open-addressing table over the id's two halves:
         * looked up for each of 320,000 codings, where a hash map's entries and keys cost a pointer
         * each to follow.
         */
        private long[] mostBits;
        private long[] leastBits;
        private int[][] rowsAt;
        private int resolved;
        /** The quotation that last put each row in {@link #found}, so that a row is taken once per quotation. */
        private final int[] seenBy;
        private int[] found = new int[8];
        private int quotationNumber;

        RowsOfCodes(CodeTree tree, List<Code> rowCodes, SubCodes subCodes) {
            this.tree = tree;
            this.withSubCodes = subCodes == SubCodes.INCLUDED;
            for (int row = 0; row < rowCodes.size(); row++) {
                rowOfCode.put(rowCodes.get(row).id(), row);
            }
            this.seenBy = new int[rowCodes.size()];
            allocate(Integer.highestOneBit(Math.max(16, tree.inTreeOrder().size() * 4)));
        }

        private void allocate(int capacity) {
            mostBits = new long[capacity];
            leastBits = new long[capacity];
            rowsAt = new int[capacity][];
        }

        /** Finds the quotation's rows, each once, into {@link #found()}; returns how many. */
        int find(Quotation quotation) {
            List<UUID> codeIds = quotation.codeIds();
            quotationNumber++;
            int size = 0;
            for (int c = 0; c < codeIds.size(); c++) {
                for (int row : rowsOf(codeIds.get(c))) {
                    if (seenBy[row] != quotationNumber) {
                        seenBy[row] = quotationNumber;
                        if (size == found.length) {
                            found = Arrays.copyOf(found, size * 2);
                        }
                        found[size++] = row;
                    }
                }
            }
            return size;
        }

        /** The rows {@link #find} found last (the first as many as it said). */
        int[] found() {
            return found;
        }

        /** The rows one code counts in, resolved once per code (shared, never written to). */
        private int[] rowsOf(UUID codeId) {
            long most = codeId.getMostSignificantBits();
            long least = codeId.getLeastSignificantBits();
            int mask = rowsAt.length - 1;
            int slot = slot(most, least, mask);
            while (rowsAt[slot] != null) {
                if (mostBits[slot] == most && leastBits[slot] == least) {
                    return rowsAt[slot];
                }
                slot = (slot + 1) & mask;
            }
            List<UUID> counted = withSubCodes ? tree.selfAndAncestors(codeId) : List.of(codeId);
            int[] rows = counted.stream().map(rowOfCode::get).filter(Objects::nonNull).mapToInt(Integer::intValue)
                    .distinct().toArray();
            put(most, least, rows);
            if (++resolved * 2 > rowsAt.length) {
                long[] oldMost = mostBits;
                long[] oldLeast = leastBits;
                int[][] oldRows = rowsAt;
                allocate(rowsAt.length * 2);
                for (int i = 0; i < oldRows.length; i++) {
                    if (oldRows[i] != null) {
                        put(oldMost[i], oldLeast[i], oldRows[i]);
                    }
                }
            }
            return rows;
        }

        private void put(long most, long least, int[] rows) {
            int mask = rowsAt.length - 1;
            int slot = slot(most, least, mask);
            while (rowsAt[slot] != null) {
                slot = (slot + 1) & mask;
            }
            mostBits[slot] = most;
            leastBits[slot] = least;
            rowsAt[slot] = rows;
        }

        private static int slot(long most, long least, int mask) {
            return (int) (((most ^ least) * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }
    }

    /**
     * The columns a passage counts in, given whose words it holds, for one document: resolved once
     * per set of speakers (the attribution shares one set per speaker), {@link #DROPPED} when the
     * participant filter leaves nobody.
     */
    private static final class ColumnsOfSpeakers {

        private final UUID documentId;
        private final ColumnAssignment assignment;
        private final Optional<Set<UUID>> participants;
        private final Map<Set<UUID>, int[]> resolved = new IdentityHashMap<>();

        ColumnsOfSpeakers(UUID documentId, ColumnAssignment assignment, Optional<Set<UUID>> participants) {
            this.documentId = documentId;
            this.assignment = assignment;
            this.participants = participants;
        }

        int[] of(Set<UUID> speakers) {
            int[] columns = resolved.get(speakers);
            if (columns == null) {
                columns = resolve(speakers);
                resolved.put(speakers, columns);
            }
            return columns;
        }

        private int[] resolve(Set<UUID> speakers) {
            Set<UUID> kept = speakers;
            if (participants.isPresent()) {
                kept = new java.util.LinkedHashSet<>(speakers);
                kept.retainAll(participants.get());
                if (kept.isEmpty()) {
                    return DROPPED;
                }
            }
            return assignment.columnsOf(documentId, kept);
        }
    }
}
