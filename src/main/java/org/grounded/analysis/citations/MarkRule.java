package org.grounded.analysis.citations;

/**
 * When the {@code *} and {@code **} marks mean something. They flag "the N largest" of a column
 * and of the totals; in a small table (a handful of participants, a dozen citations) the N largest
 * are nearly every cited code, so the marks would flag nearly every row (issue 18). A table marks
 * only when at least 2N of its codes are cited, so that the marked are at most half of the cited
 * (ties aside) and stand out from the rest; below that no mark is shown, and the legend says why.
 * This is also a minimum number of citations: at least 2N.
 */
public final class MarkRule {

    private MarkRule() {
    }

    /** The fewest cited codes (rows with a non-zero total) a table needs for its marks. */
    public static int minimumCitedCodes(int top) {
        return 2 * top;
    }

    /** Whether a table with this many cited codes shows its marks of the N = {@code top} largest. */
    public static boolean allowsMarks(int citedCodes, int top) {
        return top > 0 && citedCodes >= minimumCitedCodes(top);
    }

    /** The rule in a sentence, for the table's footnote. */
    public static String rule(int top) {
        return "marks are shown only when at least " + minimumCitedCodes(top) + " codes are cited (twice the "
                + top + " largest marked), so that they single out the largest rather than flag nearly every row";
    }

    /** Why a table shows no marks, for its footnote. */
    public static String withheld(int citedCodes, int top) {
        return "No * or ** marks: only " + citedCodes + (citedCodes == 1 ? " code is" : " codes are")
                + " cited, and " + rule(top);
    }
}
