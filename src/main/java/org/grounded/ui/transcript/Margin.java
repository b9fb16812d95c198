package org.grounded.ui.transcript;

import java.util.List;
import java.util.UUID;

/**
 * What the margin beside the transcript shows: one bracket per quotation, in text order, each in
 * its lane with its codes. Immutable; a new one is made when the document's quotations change.
 */
public final class Margin {

    public static final Margin EMPTY = new Margin(List.of(), 0);

    private final List<Bracket> brackets;
    private final int lanes;
    private final int[] starts;
    private final int[] ends;

    /**
     * @param brackets sorted by start
     * @param lanes    how many lanes the brackets need (0 when there are none)
     */
    public Margin(List<Bracket> brackets, int lanes) {
        this.brackets = List.copyOf(brackets);
        this.lanes = lanes;
        this.starts = new int[brackets.size()];
        this.ends = new int[brackets.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = brackets.get(i).start();
            ends[i] = brackets.get(i).end();
        }
    }

    public List<Bracket> brackets() {
        return brackets;
    }

    public int lanes() {
        return lanes;
    }

    /** The brackets that share a character with {@code [from, to)}, in text order. */
    public List<Bracket> overlapping(int from, int to) {
        return MarginLayout.overlapping(starts, ends, from, to).stream().map(brackets::get).toList();
    }

    /** A quotation as the margin draws it. */
    public record Bracket(UUID quotationId, int start, int end, int lane, List<CodeMark> codes, String comment,
                          String coder) {
        public Bracket {
            codes = List.copyOf(codes);
        }
    }

    /** A code's name and colour beside a bracket. */
    public record CodeMark(UUID codeId, String name, String colour) {
    }
}
