package org.grounded.analysis.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.CodeTree;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

/**
 * The codebook: every code in code-tree order with its counts and example quotations. A
 * category counts each quotation of its sub-codes once, as the citations table does with
 * sub-codes included.
 */
public final class Codebook {

    private Codebook() {
    }

    /** @param examples how many example quotations per code (0 for none) */
    public static List<CodebookRow> rows(Project project, int examples) {
        if (examples < 0) {
            throw new IllegalArgumentException("The number of examples cannot be negative: " + examples);
        }
        QuotationReports reports = QuotationReports.of(project);
        CodeTree tree = project.codeTree();
        List<Quotation> ordered = reports.sorted(project.quotations());
        java.util.Map<UUID, List<Quotation>> byCode = new java.util.HashMap<>();
        for (Quotation quotation : ordered) {
            for (UUID counted : tree.countedCodes(quotation, true)) {
                byCode.computeIfAbsent(counted, k -> new ArrayList<>()).add(quotation);
            }
        }
        List<CodebookRow> rows = new ArrayList<>();
        for (Code code : tree.inTreeOrder()) {
            List<Quotation> quotations = byCode.getOrDefault(code.id(), List.of());
            Set<UUID> participants = new HashSet<>();
            for (Quotation quotation : quotations) {
                participants.addAll(reports.participantsOf(quotation));
            }
            String parent = code.parentId() == null ? "" : project.code(code.parentId()).map(Code::name).orElse("");
            List<QuotationRow> shown = quotations.stream().limit(examples).map(reports::row).toList();
            rows.add(new CodebookRow(code, tree.depth(code.id()), parent, tree.isCategory(code.id()),
                    new LinkedHashSet<>(quotations).size(), participants.size(), shown));
        }
        return rows;
    }
}
