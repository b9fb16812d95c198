package org.grounded.analysis.cooccurrence;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.grounded.model.Code;

/**
 * Code co-occurrence: for two different codes A and B, n(A,B) is the number of pairs (a coding
 * of A, a coding of B) in one document whose passages share at least one character; a quotation
 * coded with both counts once. n(X) is the number of codings of X, that is of quotations coded
 * with X (exactly X: sub-codes are their own rows). Symmetric; the diagonal is not defined.
 *
 * <p>Because overlapping quotations pair many to many, n(A,B) can exceed n(A) or n(B), and the
 * c-coefficient can exceed 1 or be undefined (as ATLAS.ti warns too); {@link #coefficient} then
 * says so rather than inventing a number.
 *
 * @param codes    the rows and, in the same order, the columns
 * @param codings  n(X) for each code, in the order of {@code codes}
 * @param counts   n(A,B), square, symmetric, zero on the diagonal
 */
public record CooccurrenceMatrix(List<Code> codes, int[] codings, long[][] counts) {

    public CooccurrenceMatrix {
        codes = List.copyOf(codes);
        codings = codings.clone();
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        counts = copy;
        int size = codes.size();
        if (codings.length != size || counts.length != size
                || Arrays.stream(counts).anyMatch(row -> row.length != size)) {
            throw new IllegalArgumentException("A co-occurrence matrix needs one row and column per code");
        }
    }

    public int size() {
        return codes.size();
    }

    /** n(A,B); 0 on the diagonal. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** n(X): how many quotations carry the code. */
    public int codings(int index) {
        return codings[index];
    }

    /**
     * The c-coefficient n(A,B) / (n(A) + n(B) − n(A,B)). Codes that never co-occur have 0, even
     * when neither is used (rather than 0/0). Empty on the diagonal and where the denominator is
     * not positive: overlapping quotations pairing many to many.
     */
    public OptionalDouble coefficient(int row, int column) {
        if (row == column) {
            return OptionalDouble.empty();
        }
        long shared = counts[row][column];
        if (shared == 0) {
            return OptionalDouble.of(0);
        }
        long denominator = (long) codings[row] + codings[column] - shared;
        return denominator <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) shared / denominator);
    }

    /** The cell as the measure asks: the count, or the c-coefficient; empty on the diagonal. */
    public OptionalDouble value(int row, int column, CooccurrenceMeasure measure) {
        if (row == column) {
            return OptionalDouble.empty();
        }
        return measure == CooccurrenceMeasure.COUNT ? OptionalDouble.of(counts[row][column]) : coefficient(row, column);
    }

    /** A copy of the counts, for views that index them directly. */
    @Override
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    @Override
    public int[] codings() {
        return codings.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CooccurrenceMatrix that && codes.equals(that.codes)
                && Arrays.equals(codings, that.codings) && Arrays.deepEquals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(codes, Arrays.hashCode(codings), Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return "CooccurrenceMatrix[" + codes.size() + " codes]";
    }
}
