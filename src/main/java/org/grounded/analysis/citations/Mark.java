package org.grounded.analysis.citations;

/** How a count in a citations table is marked, as in study A's Table 2. */
public enum Mark {
    NONE(""),
    /** Among the largest values of its participant's (or document's, group's…) column. */
    LARGEST_IN_COLUMN("*"),
    /** Among the largest totals. */
    LARGEST_TOTAL("**");

    private final String symbol;

    Mark(String symbol) {
        this.symbol = symbol;
    }

    /** "", "*" or "**", as appended to the number in a published table. */
    public String symbol() {
        return symbol;
    }
}
