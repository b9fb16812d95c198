package org.grounded.ui.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.grounded.model.TextFolding;

/**
 * Filters the code tree without losing its shape: a code stays when it matches or when one of its
 * sub-codes does (then it is marked as not matching, and shown dimmed), so a found code is always
 * seen under its category.
 */
public final class CodeFilter {

    private CodeFilter() {
    }

    /** The trees of the codes that match, with their ancestors. */
    public static List<CodeNode> filter(List<CodeNode> roots, Predicate<CodeNode> matches) {
        List<CodeNode> kept = new ArrayList<>();
        for (CodeNode root : roots) {
            CodeNode node = filter(root, matches);
            if (node != null) {
                kept.add(node);
            }
        }
        return kept;
    }

    private static CodeNode filter(CodeNode node, Predicate<CodeNode> matches) {
        List<CodeNode> children = filter(node.children(), matches);
        boolean match = matches.test(node);
        if (!match && children.isEmpty()) {
            return null;
        }
        return node.with(children, match);
    }

    /** Names containing the typed text, case and accents ignored; everything for a blank text. */
    public static Predicate<CodeNode> nameContains(String typed) {
        String wanted = TextFolding.fold(typed == null ? "" : typed).strip();
        return node -> wanted.isEmpty() || TextFolding.fold(node.name()).contains(wanted);
    }
}
