package org.grounded.analysis.citations;

/** Whether a category's row also counts the quotations coded with its sub-codes. */
public enum SubCodes {
    /**
     * A category's row counts the distinct quotations coded with it or with any code below it:
     * a quotation coded with two sub-codes of one category counts once for the category.
     */
    INCLUDED,
    /** Every row counts only the quotations coded with exactly its code. */
    EXCLUDED
}
