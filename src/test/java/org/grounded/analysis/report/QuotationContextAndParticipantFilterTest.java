package org.grounded.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grounded.model.AttributeValue;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.junit.jupiter.api.Test;

/** Quotations chosen by participant group and attribute value, and shown with the lines around them. */
class QuotationContextAndParticipantFilterTest {

    private final ReportStudy study = new ReportStudy();
    private final Instant monday = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aGroupOrAnAttributeValueKeepsTheQuotationsInItsMembersWords() {
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", monday, study.fe);
        study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", monday, study.miedo);
        study.code(study.maria, "¿Y después?", "Ana", monday, study.fe);
        Group donors = Group.of("Donantes", GroupKind.PARTICIPANT, Set.of(study.joseP.id()));
        Participant maria = study.mariaP.withAttributes(Map.of("Rol", AttributeValue.text("Madre")));
        study.project.apply(EntityEdit.builder("Set up").add(donors).build());
        study.project.apply(EntityEdit.update("Role", study.mariaP, maria));
        QuotationReports reports = QuotationReports.of(study.project);

        assertThat(texts(reports.rows(QuotationFilter.ALL.withGroups(List.of(donors.id())))))
                .containsExactly("Mi fe 🙏 me llevó");
        assertThat(texts(reports.rows(QuotationFilter.ALL.withAttribute("rol", List.of("Madre")))))
                .containsExactly("Sentí alegría 💛 y miedo.");
        // José has no role; the interviewer's question belongs to no participant, so no value keeps it out.
        assertThat(texts(reports.rows(QuotationFilter.ALL.withAttribute("Rol", List.of("(no value)")))))
                .containsExactly("Mi fe 🙏 me llevó");
        // Parts combine with "and": Madre and the group Donantes share nobody.
        assertThat(reports.rows(QuotationFilter.ALL.withGroups(List.of(donors.id()))
                .withAttribute("Rol", List.of("Madre")))).isEmpty();
    }

    @Test
    void theContextHoldsTheQuotationsLinesAndTheLinesAroundThem() {
        study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", monday, study.miedo);
        QuotationReports reports = QuotationReports.of(study.project);
        List<QuotationRow> rows = reports.rows(QuotationFilter.ALL);

        QuotationRow own = reports.withContext(rows, 0).get(0);
        assertThat(own.before()).isEqualTo("María: Yo 😀 doné porque mi niña nació prematura. ");
        assertThat(own.after()).isEmpty();
        QuotationRow wider = reports.withContext(rows, 1).get(0);
        assertThat(wider.before()).isEqualTo("Entrevistadora: ¿Por qué donó?\nMaría: Yo 😀 doné porque mi niña nació prematura. ");
        assertThat(wider.after()).isEqualTo("\nEntrevistadora: ¿Y después?");
        assertThat(wider.text()).isEqualTo("Sentí alegría 💛 y miedo.");
        assertThat(reports.withContext(rows, 0)).isNotSameAs(rows);
        assertThat(rows.get(0).hasContext()).isFalse();
    }

    @Test
    void aLongSideIsCutAtAWordWithAnEllipsis() {
        String words = "palabra ".repeat(100);
        String text = words + "CITA" + " fin " + words;
        TextContext context = TextContext.around(text, words.length(), words.length() + 4, 0);
        assertThat(context.before()).startsWith("…palabra").endsWith("palabra ");
        assertThat(context.before().length()).isLessThanOrEqualTo(TextContext.MAX_SIDE + 1);
        assertThat(context.after()).startsWith(" fin palabra").endsWith("palabra…");
        assertThat(TextContext.around("a\nb\nc", 2, 3, 5)).isEqualTo(new TextContext("a\n", "\nc"));
    }

    private static List<String> texts(List<QuotationRow> rows) {
        return rows.stream().map(QuotationRow::text).toList();
    }
}
