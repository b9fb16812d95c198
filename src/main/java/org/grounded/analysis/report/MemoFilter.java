package org.grounded.analysis.report;

import java.time.Instant;

/**
 * Which memos a report lists; each part left empty (or null) does not filter.
 *
 * @param author   memos by this author (ignoring case)
 * @param linkKind memos linked to something of this kind ("project" for memos about the whole project)
 * @param from     memos created at or after this instant
 * @param until    memos created before this instant
 */
public record MemoFilter(String author, String linkKind, Instant from, Instant until) {

    public static final MemoFilter ALL = new MemoFilter("", "", null, null);

    public MemoFilter {
        author = author == null ? "" : author.strip();
        linkKind = linkKind == null ? "" : linkKind.strip();
    }
}
