package org.grounded.model;

import java.util.List;

/**
 * Finds memos whose title or text contains what the user typed, ignoring case and accents (see
 * {@link TextFolding}); white space in the query matches any run of white space in the memo.
 */
public final class MemoSearch {

    private MemoSearch() {
    }

    /** The memos that match, in project order; every memo for a blank query. */
    public static List<Memo> matching(Project project, String query) {
        String wanted = TextFolding.fold(query == null ? "" : query).strip();
        if (wanted.isEmpty()) {
            return List.copyOf(project.memos());
        }
        return project.memos().stream()
                .filter(memo -> TextFolding.fold(memo.title()).contains(wanted)
                        || TextFolding.fold(memo.text()).contains(wanted))
                .toList();
    }
}
