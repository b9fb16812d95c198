package org.grounded.ui.transcript;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * What the margin beside the transcript shows: one bracket per quotation, in text order, each in
 * its lane with its codes. When more than one coder has coded the document, the margin has a
 * column per coder (team coding): each coder's codings get their own bracket in their coder's
 * column, so two coders' ranges for the same code stand side by side. Immutable; a new one is made
 * when the document's quotations change.
 */
public final class Margin {

    public static final Margin EMPTY = new Margin(List.of(), 0);

    private final List<Bracket> brackets;
    private final int lanes;
    private final List<Column> columns;
    private final int[] starts;
    private final int[] ends;

    /**
     * One column, as before coders had columns of their own.
     *
     * @param brackets sorted by start
     * @param lanes    how many lanes the brackets need (0 when there are none)
     */
    public Margin(List<Bracket> brackets, int lanes) {
        this(brackets, List.of(new Column("", lanes)));
    }

    /**
     * A column per coder, in order; each bracket names its column and its lane within it.
     *
     * @param brackets sorted by start
     */
    public Margin(List<Bracket> brackets, List<Column> columns) {
        this.brackets = List.copyOf(brackets);
        this.columns = List.copyOf(columns);
        this.lanes = this.columns.stream().mapToInt(Column::lanes).sum();
        this.starts = new int[brackets.size()];
        this.ends = new int[brackets.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = brackets.get(i).start();
            ends[i] = brackets.get(i).end();
        }
    }

    /** Brackets in text order (by start; brackets starting together keep their order). */
    static List<Bracket> inTextOrder(List<Bracket> brackets) {
        return brackets.stream().sorted(Comparator.comparingInt(Bracket::start)).toList();
    }

    public List<Bracket> brackets() {
        return brackets;
    }

    /** How many lanes all columns need together. */
    public int lanes() {
        return lanes;
    }

    /** The columns: one (with no coder named) unless several coders coded the document. */
    public List<Column> columns() {
        return columns;
    }

    /** Whether the margin shows a column per coder. */
    public boolean byCoder() {
        return columns.size() > 1;
    }

    /** The brackets that share a character with {@code [from, to)}, in text order. */
    public List<Bracket> overlapping(int from, int to) {
        return MarginLayout.overlapping(starts, ends, from, to).stream().map(brackets::get).toList();
    }

    /** One coder's column: the coder's name ("" for the single column) and the lanes it needs. */
    public record Column(String coder, int lanes) {
    }

    /**
     * A quotation as the margin draws it, in one column: with columns by coder, a quotation coded by
     * two coders has a bracket in each, each with the codes its coder applied.
     */
    public record Bracket(UUID quotationId, int start, int end, int lane, List<CodeMark> codes, String comment,
                          String coder, int column) {
        public Bracket {
            codes = List.copyOf(codes);
        }

        /** A bracket of the single column. */
        public Bracket(UUID quotationId, int start, int end, int lane, List<CodeMark> codes, String comment,
                       String coder) {
            this(quotationId, start, end, lane, codes, comment, coder, 0);
        }

        /** What tells a bracket's nodes apart: its quotation and its column. */
        public Key key() {
            return new Key(quotationId, column);
        }
    }

    /** A bracket's identity on screen. */
    public record Key(UUID quotationId, int column) {
    }

    /** A code's name and colour beside a bracket. */
    public record CodeMark(UUID codeId, String name, String colour) {
    }
}
