package org.grounded.analysis.citations;

/**
 * Standard competition ranking ("1224"): a value's rank is one more than the number of strictly
 * larger values, so equal totals share a rank and the following rank is skipped.
 */
final class Ranks {

    private Ranks() {
    }

    static int[] of(int[] totals) {
        int[] ranks = new int[totals.length];
        int[] sorted = totals.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < totals.length; i++) {
            ranks[i] = 1 + countLarger(sorted, totals[i]);
        }
        return ranks;
    }

    /** How many entries of an ascending array exceed the value (binary search for its upper bound). */
    private static int countLarger(int[] ascending, int value) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return ascending.length - low;
    }
}
