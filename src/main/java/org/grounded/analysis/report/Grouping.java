package org.grounded.analysis.report;

/** How a report groups its quotations under headings. */
public enum Grouping {
    /** Under each of its codes, in code-tree order: a quotation with two codes shows under both. */
    CODE,
    /** Under each participant whose words it holds, in the project's order; the interviewer's words last. */
    PARTICIPANT;

    /** The heading of the quotations that belong to no participant. */
    public static final String NO_PARTICIPANT = "(no participant)";
    /** The heading of the quotations without a code. */
    public static final String NO_CODE = "(no code)";
}
