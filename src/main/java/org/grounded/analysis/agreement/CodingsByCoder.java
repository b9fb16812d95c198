package org.grounded.analysis.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.grounded.model.Coding;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

/**
 * Who coded which passage with which code: the one place agreement reads coders from a project.
 * Each coding (one code on one quotation) carries its own coder, so two coders who applied the same
 * code to the same range are two codings here.
 */
public final class CodingsByCoder {

    private CodingsByCoder() {
    }

    /** Every coding in the project with its coder; codings with no coder recorded are left out. */
    public static List<CoderCoding> of(Project project) {
        List<CoderCoding> codings = new ArrayList<>();
        for (Quotation quotation : project.quotations()) {
            for (Coding coding : quotation.codings()) {
                if (!coding.coder().isBlank()) {
                    codings.add(new CoderCoding(coding.coder(), quotation.documentId(), quotation.start(),
                            quotation.end(), coding.codeId(), quotation.id()));
                }
            }
        }
        return codings;
    }

    /**
     * The coders who coded something, in alphabetical order, once each ignoring case (as first
     * spelled). Read from the project's own count per coder, not from every quotation: the window's
     * panes ask after each coding action.
     */
    public static List<String> coders(Project project) {
        TreeSet<String> coders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        coders.addAll(project.coderSpellings());
        return List.copyOf(coders);
    }
}
