package org.grounded.analysis.network;

/** How a co-occurrence edge is weighted: the matrix's count n(A,B) or its c-coefficient. */
public enum CooccurrenceWeight {
    COUNT,
    C_COEFFICIENT
}
