package org.grounded.analysis.citations;

/** What the columns of a citations table stand for. */
public enum ColumnKind {
    /** One column per participant: the quotations in that participant's words. */
    PARTICIPANT,
    /** One column per document: the quotations in that document. */
    DOCUMENT,
    /** One column per participant group: the quotations of any member of the group. */
    PARTICIPANT_GROUP,
    /** One column per value of a participant attribute: the quotations of participants with that value. */
    ATTRIBUTE
}
