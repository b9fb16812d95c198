package org.grounded.analysis.report;

import java.time.Instant;
import org.grounded.model.MemoKind;

/**
 * Which memos a report lists; each part left empty (or null) does not filter.
 *
 * @param author   memos by this author (ignoring case)
 * @param linkKind memos linked to something of this kind ("project" for memos about the whole project)
 * @param from     memos created at or after this instant
 * @param until    memos created before this instant
 * @param kind     only memos, only field notes or only journal entries
 */
public record MemoFilter(String author, String linkKind, Instant from, Instant until, MemoKind kind) {

    public static final MemoFilter ALL = new MemoFilter("", "", null, null, null);

    public MemoFilter {
        author = author == null ? "" : author.strip();
        linkKind = linkKind == null ? "" : linkKind.strip();
    }

    /** Memos of every kind. */
    public MemoFilter(String author, String linkKind, Instant from, Instant until) {
        this(author, linkKind, from, until, null);
    }

    /** Whether a memo of this kind is listed. */
    public boolean keeps(MemoKind memoKind) {
        return kind == null || kind == memoKind;
    }
}
