package org.grounded.model;

/** How many of each thing a project holds. A category is a code with sub-codes. */
public record ProjectCounts(int documents, int participants, int codes, int categories, int quotations,
                            int memos, int relations) {
}
