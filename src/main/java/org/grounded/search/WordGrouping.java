package org.grounded.search;

/** What the columns of a word list count: documents, participants, or participant groups. */
public enum WordGrouping {
    DOCUMENT,
    PARTICIPANT,
    GROUP
}
