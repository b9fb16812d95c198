package org.grounded.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Text order of quotations: by start, then end, then id (so two codings of one range keep one
 * order). The one definition {@link Project#quotationsIn} and the analyses sort by.
 */
final class TextOrder {

    static final Comparator<Quotation> COMPARATOR =
            Comparator.comparingInt(Quotation::start).thenComparingInt(Quotation::end).thenComparing(Quotation::id);

    /** Offsets and positions below this fit three to a long. */
    private static final int PACKED_LIMIT = 1 << 21;

    private TextOrder() {
    }

    /**
     * Sorts a document's quotations into text order, in place. When offsets and count are below
     * 2,097,152 (all but giant documents), start, end and position are packed into one long and
     * sorted as numbers, then runs of one range are put in id order: no comparator call per pair,
     * which for 200,000 quotations cost more than the counting that needed them in order.
     */
    static void sort(List<Quotation> quotations) {
        int n = quotations.size();
        if (n >= PACKED_LIMIT) {
            quotations.sort(COMPARATOR);
            return;
        }
        Quotation[] original = quotations.toArray(new Quotation[0]);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            Quotation quotation = original[i];
            if (!fits(quotation.start()) || !fits(quotation.end())) {
                quotations.sort(COMPARATOR);
                return;
            }
            keys[i] = (long) quotation.start() << 42 | (long) quotation.end() << 21 | i;
        }
        Arrays.sort(keys);
        Quotation[] sorted = new Quotation[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = original[(int) (keys[i] & (PACKED_LIMIT - 1))];
        }
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && keys[to] >>> 21 == keys[from] >>> 21) {
                to++;
            }
            if (to - from > 1) {
                Arrays.sort(sorted, from, to, COMPARATOR);
            }
            from = to;
        }
        for (int i = 0; i < n; i++) {
            quotations.set(i, sorted[i]);
        }
    }

    private static boolean fits(int offset) {
        return offset >= 0 && offset < PACKED_LIMIT;
    }
}
