package org.grounded.analysis.citations;

import java.util.Arrays;

/**
 * Which values of a column count among "the largest N". All values equal to the N-th largest
 * value are included, so ties at the boundary are all marked and a column can have more than N
 * marks; when a column has fewer than N values, every value counts. Zero is never among the
 * largest: an empty cell is not a finding. N = 0 marks nothing.
 */
final class LargestValues {

    private final int threshold;

    private LargestValues(int threshold) {
        this.threshold = threshold;
    }

    static LargestValues of(int[] values, int n) {
        if (n <= 0 || values.length == 0) {
            return new LargestValues(Integer.MAX_VALUE);
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int nthLargest = sorted[Math.max(0, sorted.length - n)];
        return new LargestValues(Math.max(1, nthLargest));
    }

    boolean contains(int value) {
        return value >= threshold;
    }
}
