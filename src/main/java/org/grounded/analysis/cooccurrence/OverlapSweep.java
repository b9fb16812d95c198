package org.grounded.analysis.cooccurrence;

import java.util.Arrays;

/**
 * Finds the overlapping pairs among one document's passages with a sort-and-sweep: the passages
 * are taken in order of their start, an active set holds those not yet ended, and each new passage
 * pairs with every active one. The work is the sort plus the pairs found, never all pairs, which
 * keeps a 200,000-quotation project interactive (see {@code CooccurrenceBench}).
 *
 * <p>Ranges are half-open [start, end): a passage ending where another starts shares no
 * character with it.
 */
final class OverlapSweep {

    /** Hears each unordered pair of distinct overlapping passages once, by their indexes. */
    @FunctionalInterface
    interface PairListener {
        void overlap(int earlier, int later);
    }

    private OverlapSweep() {
    }

    static void run(int[] starts, int[] ends, PairListener listener) {
        int n = starts.length;
        // Sort by start, ties by index, without boxing: the start in the high half, the index in the low.
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = ((long) starts[i] << 32) | i;
        }
        Arrays.sort(order);
        int[] active = new int[n];
        int activeCount = 0;
        for (int k = 0; k < n; k++) {
            int current = (int) order[k];
            int start = starts[current];
            int kept = 0;
            for (int a = 0; a < activeCount; a++) {
                int other = active[a];
                if (ends[other] > start) {
                    active[kept++] = other;
                    listener.overlap(other, current);
                }
            }
            activeCount = kept;
            active[activeCount++] = current;
        }
    }
}
