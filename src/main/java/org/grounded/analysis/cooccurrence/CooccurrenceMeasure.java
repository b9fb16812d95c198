package org.grounded.analysis.cooccurrence;

/** What a co-occurrence matrix shows in its cells. */
public enum CooccurrenceMeasure {
    /** n(A,B): the number of overlapping pairs of codings. */
    COUNT,
    /** The c-coefficient n(A,B) / (n(A) + n(B) − n(A,B)). */
    C_COEFFICIENT
}
