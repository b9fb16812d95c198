package org.grounded.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds memos whose title or text contains what the user typed, ignoring case and accents, so
 * "mama" finds "Mamá" and "ACOMPANAMIENTO" finds "acompañamiento". White space in the query
 * matches any run of white space in the memo.
 */
public final class MemoSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private MemoSearch() {
    }

    /** The memos that match, in project order; every memo for a blank query. */
    public static List<Memo> matching(Project project, String query) {
        String wanted = fold(query == null ? "" : query).strip();
        if (wanted.isEmpty()) {
            return List.copyOf(project.memos());
        }
        return project.memos().stream()
                .filter(memo -> fold(memo.title()).contains(wanted) || fold(memo.text()).contains(wanted))
                .toList();
    }

    /** Lower case without diacritics and with single spaces: the form in which texts are compared. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        return WHITE_SPACE.matcher(bare).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
