package org.grounded.analysis.citations;

/** Which codes become rows of a citations table (before the filter's code groups and levels). */
public enum RowCodes {
    /** Every code, categories and sub-codes alike. */
    ALL_CODES,
    /** Only categories: codes that have sub-codes. */
    CATEGORIES
}
