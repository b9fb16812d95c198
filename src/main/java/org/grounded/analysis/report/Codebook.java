package org.grounded.analysis.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        return rows(project, QuotationReports.of(project), examples);
    }

    /**
     * The codebook from the quotations a report already holds, so a study report finds each
     * quotation's participants and order once for all its sections.
     *
     * @param reports the project's quotations, {@link QuotationReports#of} it
     * @param examples how many example quotations per code (0 for none)
     */
    public static List<CodebookRow> rows(Project project, QuotationReports reports, int examples) {
        if (examples < 0) {
            throw new IllegalArgumentException("The number of examples cannot be negative: " + examples);
        }
        CodeTree tree = project.codeTree();
        Map<UUID, List<Quotation>> byCode = new HashMap<>();
        Map<UUID, Set<UUID>> participantsByCode = new HashMap<>();
        for (Quotation quotation : reports.sortedQuotations()) {
            // Each quotation once per counted code (a set), and its participants asked for once.
            Set<UUID> speakers = reports.participantsOf(quotation);
            for (UUID counted : tree.countedCodes(quotation, true)) {
                byCode.computeIfAbsent(counted, k -> new ArrayList<>()).add(quotation);
                participantsByCode.computeIfAbsent(counted, k -> new HashSet<>()).addAll(speakers);
            }
        }
        List<CodebookRow> rows = new ArrayList<>();
        for (Code code : tree.inTreeOrder()) {
            List<Quotation> quotations = byCode.getOrDefault(code.id(), List.of());
            int participants = participantsByCode.getOrDefault(code.id(), Set.of()).size();
            String parent = code.parentId() == null ? "" : project.code(code.parentId()).map(Code::name).orElse("");
            List<QuotationRow> shown = quotations.stream().limit(examples).map(reports::row).toList();
            rows.add(new CodebookRow(code, tree.depth(code.id()), parent, tree.isCategory(code.id()),
                    quotations.size(), participants, shown));
        }
        return rows;
    }
}
