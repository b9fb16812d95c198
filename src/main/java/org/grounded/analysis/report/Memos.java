package org.grounded.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.grounded.model.Entity;
import org.grounded.model.Memo;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

/** The memos of a report, oldest first, each with its links and linked quotations. */
public final class Memos {

    private Memos() {
    }

    public static List<MemoRow> rows(Project project, MemoFilter filter) {
        QuotationReports reports = QuotationReports.of(project);
        List<MemoRow> rows = new ArrayList<>();
        List<Memo> memos = project.memos().stream()
                .sorted(Comparator.comparing(Memo::createdAt).thenComparing(Memo::title)).toList();
        for (Memo memo : memos) {
            if (!filter.keeps(memo.kind())) {
                continue;
            }
            if (!filter.author().isEmpty() && !memo.author().equalsIgnoreCase(filter.author())) {
                continue;
            }
            if (filter.from() != null && memo.createdAt().isBefore(filter.from())
                    || filter.until() != null && !memo.createdAt().isBefore(filter.until())) {
                continue;
            }
            List<MemoLink> links = new ArrayList<>();
            List<Quotation> quotations = new ArrayList<>();
            for (UUID id : memo.linkedIds()) {
                Optional<Entity> linked = project.findAny(id);
                if (linked.isEmpty()) {
                    continue;
                }
                if (linked.get() instanceof Quotation quotation) {
                    quotations.add(quotation);
                    links.add(new MemoLink("quotation", reports.row(quotation).source()));
                } else {
                    links.add(new MemoLink(kind(linked.get()), linked.get().label()));
                }
            }
            if (links.isEmpty()) {
                links.add(new MemoLink("project", project.info().name()));
            }
            if (!filter.linkKind().isEmpty()
                    && links.stream().noneMatch(link -> link.kind().equalsIgnoreCase(filter.linkKind()))) {
                continue;
            }
            rows.add(new MemoRow(memo, links, reports.sorted(quotations).stream().map(reports::row).toList()));
        }
        return rows;
    }

    /** "document", "code", "participant", "relation", ... */
    static String kind(Entity entity) {
        return entity.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
