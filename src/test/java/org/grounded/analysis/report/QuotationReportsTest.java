package org.grounded.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;

class QuotationReportsTest {

    private final ReportStudy study = new ReportStudy();
    private final Instant monday = Instant.parse("2026-03-02T10:00:00Z");

    private void codeTheStudy() {
        // Made out of document order, so that the order of the rows is the reports' doing.
        study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", monday, study.fe);
        study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", monday, study.miedo, study.alegria);
        study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", monday, study.motivacion);
        study.code(study.maria, "¿Y después?", "Ana", monday, study.fe);
        study.code(study.maria, "volví a donar, por fe.", "Ana", monday, study.fe);
        study.code(study.jose, "Nada más.", "Ana", monday, study.alegria);
    }

    @Test
    void everyQuotationInDocumentOrderThenTextOrderWithItsExactText() {
        codeTheStudy();
        List<QuotationRow> rows = QuotationReports.of(study.project).rows(QuotationFilter.ALL);

        assertThat(rows).extracting(QuotationRow::text).containsExactly(
                "doné porque mi niña nació prematura.", "Sentí alegría 💛 y miedo.", "¿Y después?",
                "volví a donar, por fe.", "Mi fe 🙏 me llevó", "Nada más.");
        assertThat(rows).extracting(QuotationRow::document)
                .containsExactly("01-maria", "01-maria", "01-maria", "01-maria", "02-jose", "02-jose");
    }

    @Test
    void participantsComeFromSpeakerTurnsAndTheInterviewersWordsBelongToNobody() {
        codeTheStudy();
        List<QuotationRow> rows = QuotationReports.of(study.project).rows(QuotationFilter.ALL);

        assertThat(rows).extracting(QuotationRow::participants).containsExactly(
                List.of("María"), List.of("María"), List.of(), List.of("María"), List.of("José"), List.of("José"));
        assertThat(rows.get(0).source()).isEqualTo("María, 01-maria, ¶2");
        assertThat(rows.get(2).source()).isEqualTo("01-maria, ¶3");
    }

    @Test
    void paragraphsAreTheViewersLinesAndOffsetsAreStoredOnes() {
        codeTheStudy();
        List<QuotationRow> rows = QuotationReports.of(study.project).rows(QuotationFilter.ALL);

        assertThat(rows).extracting(QuotationRow::paragraph).containsExactly(2, 2, 3, 4, 1, 2);
        // "Entrevistadora: ¿Por qué donó?\n" is 31 UTF-16 units; "María: Yo 😀 " 13 more (the emoji is two).
        assertThat(rows.get(0).start()).isEqualTo(31 + 13);
        assertThat(rows.get(0).end()).isEqualTo(31 + 13 + "doné porque mi niña nació prematura.".length());
        // "\r\n" is one paragraph break, as the viewer shows it.
        assertThat(rows.get(5).start()).isEqualTo("José: Mi fe 🙏 me llevó a donar.\r\nJosé: ".length());
    }

    @Test
    void codesAreInTreeOrder() {
        codeTheStudy();
        List<QuotationRow> rows = QuotationReports.of(study.project).rows(QuotationFilter.ALL);

        assertThat(rows.get(1).codes()).containsExactly("Alegría", "Miedo");
    }

    @Test
    void aCategoryTakesItsSubCodesOnlyWhenAsked() {
        codeTheStudy();
        QuotationReports reports = QuotationReports.of(study.project);

        assertThat(reports.rows(QuotationFilter.ALL.withCodes(Set.of(study.motivacion.id()), false)))
                .extracting(QuotationRow::text).containsExactly("doné porque mi niña nació prematura.");
        assertThat(reports.rows(QuotationFilter.ALL.withCodes(Set.of(study.motivacion.id()), true)))
                .extracting(QuotationRow::text)
                .containsExactly("doné porque mi niña nació prematura.", "Sentí alegría 💛 y miedo.", "Nada más.");
    }

    @Test
    void documentsParticipantsAndCoderNarrowTheList() {
        codeTheStudy();
        QuotationReports reports = QuotationReports.of(study.project);

        assertThat(reports.rows(QuotationFilter.ALL.withDocuments(Set.of(study.jose.id()))))
                .extracting(QuotationRow::text).containsExactly("Mi fe 🙏 me llevó", "Nada más.");
        assertThat(reports.rows(QuotationFilter.ALL.withParticipants(Set.of(study.mariaP.id()))))
                .extracting(QuotationRow::text)
                .containsExactly("doné porque mi niña nació prematura.", "Sentí alegría 💛 y miedo.",
                        "volví a donar, por fe.");
        assertThat(reports.rows(QuotationFilter.ALL.withCoder("luis")))
                .extracting(QuotationRow::text).containsExactly("doné porque mi niña nació prematura.");
        assertThat(reports.rows(QuotationFilter.ALL.withCodes(Set.of(study.fe.id()), false)
                .withParticipants(Set.of(study.joseP.id())))).extracting(QuotationRow::text)
                .containsExactly("Mi fe 🙏 me llevó");
    }

    @Test
    void paragraphNumbersCountLineFeeds() {
        Paragraphs paragraphs = Paragraphs.of("a\n\nb\r\nc");
        assertThat(paragraphs.count()).isEqualTo(4);
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6)).extracting(paragraphs::numberAt)
                .containsExactly(1, 1, 2, 3, 3, 3, 4);
    }

    @Test
    void codebookCountsACategorysQuotationsOnceAndItsParticipants() {
        codeTheStudy();
        List<CodebookRow> rows = Codebook.rows(study.project, 2);

        assertThat(rows).extracting(row -> row.code().name()).containsExactly("Motivación", "Alegría", "Miedo", "Fe");
        CodebookRow motivacion = rows.get(0);
        assertThat(motivacion.quotations()).isEqualTo(3);
        assertThat(motivacion.participants()).isEqualTo(2);
        assertThat(motivacion.category()).isTrue();
        assertThat(motivacion.examples()).extracting(QuotationRow::text)
                .containsExactly("doné porque mi niña nació prematura.", "Sentí alegría 💛 y miedo.");
        assertThat(rows.get(1).parent()).isEqualTo("Motivación");
        assertThat(rows.get(1).depth()).isEqualTo(1);
        assertThat(rows.get(2).quotations()).isEqualTo(1);
        CodebookRow fe = rows.get(3);
        assertThat(fe.quotations()).isEqualTo(3);
        assertThat(fe.participants()).as("the interviewer's question counts for nobody").isEqualTo(2);
        assertThatThrownBy(() -> Codebook.rows(study.project, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void memosOldestFirstWithLinksAndTheLinkedQuotationsText() {
        codeTheStudy();
        Quotation fear = study.project.quotations().stream()
                .filter(q -> q.start() == ReportStudy.MARIA_TEXT.indexOf("Sentí")).findFirst().orElseThrow();
        study.memo("Fe y donación", "La fe aparece dos veces.", "Ana", Instant.parse("2026-03-05T00:00:00Z"),
                study.fe.id(), fear.id());
        study.memo("Diario", "Primer día de campo.", "Luis", Instant.parse("2026-03-01T00:00:00Z"));

        List<MemoRow> rows = Memos.rows(study.project, MemoFilter.ALL);

        assertThat(rows).extracting(row -> row.memo().title()).containsExactly("Diario", "Fe y donación");
        assertThat(rows.get(0).links()).containsExactly(new MemoLink("project", "Donación"));
        assertThat(rows.get(1).links()).containsExactly(new MemoLink("code", "Fe"),
                new MemoLink("quotation", "María, 01-maria, ¶2"));
        assertThat(rows.get(1).quotations()).extracting(QuotationRow::text).containsExactly("Sentí alegría 💛 y miedo.");
        assertThat(Memos.rows(study.project, new MemoFilter("luis", "", null, null)))
                .extracting(row -> row.memo().title()).containsExactly("Diario");
        assertThat(Memos.rows(study.project, new MemoFilter("", "quotation", null, null)))
                .extracting(row -> row.memo().title()).containsExactly("Fe y donación");
    }
}
