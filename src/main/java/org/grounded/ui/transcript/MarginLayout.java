package org.grounded.ui.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * The geometry of the margin beside the transcript, kept free of JavaFX so that it can be tested
 * and measured: which lane each quotation's bracket goes in, which brackets a stretch of text
 * shows, and where the code labels go so that they never cover each other.
 *
 * <p>Lanes are assigned once per document from paragraph ranges, not from screen lines: two
 * brackets share a lane only when their quotations share no paragraph, so they can never touch on
 * screen whatever the window's width, and a bracket keeps its lane while the user scrolls and
 * resizes. Assignment is greedy by first paragraph (longer quotations first, so an enclosing
 * quotation sits nearer the text than those inside it), taking the lowest free lane; for intervals
 * this uses the fewest lanes possible (the most quotations sharing one paragraph).
 */
public final class MarginLayout {

    private MarginLayout() {
    }

    /** The offsets at which the paragraphs of a text start (the text area breaks paragraphs at '\n'). */
    public static int[] paragraphStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int next = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[next++] = i + 1;
            }
        }
        return starts;
    }

    /** The 0-based paragraph holding the character at {@code offset}. */
    public static int paragraphOf(int[] paragraphStarts, int offset) {
        int found = Arrays.binarySearch(paragraphStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /**
     * The lane of each range, by index: ranges that share a paragraph get different lanes.
     *
     * @param starts range starts (inclusive), any order
     * @param ends   range ends (exclusive), each greater than its start
     */
    public static int[] lanes(int[] paragraphStarts, int[] starts, int[] ends) {
        int n = starts.length;
        int[] first = new int[n];
        int[] last = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = paragraphOf(paragraphStarts, starts[i]);
            last[i] = paragraphOf(paragraphStarts, Math.max(starts[i], ends[i] - 1));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> first[i]).thenComparingInt(i -> -last[i])
                .thenComparingInt(i -> starts[i]).thenComparingInt(i -> i));
        int[] lanes = new int[n];
        // Lanes in use, by the last paragraph they cover; lanes free again, lowest first.
        PriorityQueue<int[]> busy = new PriorityQueue<>(Comparator.comparingInt((int[] lane) -> lane[0]));
        TreeSet<Integer> free = new TreeSet<>();
        int opened = 0;
        for (int i : order) {
            while (!busy.isEmpty() && busy.peek()[0] < first[i]) {
                free.add(busy.poll()[1]);
            }
            int lane = free.isEmpty() ? opened++ : free.pollFirst();
            lanes[i] = lane;
            busy.add(new int[] {last[i], lane});
        }
        return lanes;
    }

    /**
     * The indexes of the ranges that share a character with {@code [from, to)}, in the order given.
     * Ranges must be sorted by start; the scan stops at the first range starting at or after {@code to}.
     */
    public static List<Integer> overlapping(int[] sortedStarts, int[] ends, int from, int to) {
        int stop = Arrays.binarySearch(sortedStarts, to);
        if (stop < 0) {
            stop = -stop - 1;
        } else {
            while (stop > 0 && sortedStarts[stop - 1] == to) {
                stop--;
            }
        }
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < stop; i++) {
            if (ends[i] > from) {
                result.add(i);
            }
        }
        return result;
    }

    /**
     * Places labels top to bottom so that none covers another: each label goes where it wants to
     * be, or just below the one before it when that one is in the way. The labels must be given in
     * the order of their wanted positions.
     *
     * @param wanted  where each label's top would ideally be
     * @param heights each label's height
     * @param gap     the space kept between two labels
     * @return each label's top
     */
    public static double[] stack(double[] wanted, double[] heights, double gap) {
        double[] tops = new double[wanted.length];
        double free = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < wanted.length; i++) {
            tops[i] = Math.max(wanted[i], free);
            free = tops[i] + heights[i] + gap;
        }
        return tops;
    }
}
