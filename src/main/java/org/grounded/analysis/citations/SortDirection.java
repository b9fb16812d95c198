package org.grounded.analysis.citations;

/** Smallest first or largest first. */
public enum SortDirection {
    ASCENDING,
    DESCENDING
}
