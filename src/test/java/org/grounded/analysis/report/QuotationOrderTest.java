package org.grounded.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;

/** All quotations in document order, then text order, joined from the project's per-document index. */
class QuotationOrderTest {

    @Test
    void theQuotationsComeInDocumentThenTextOrderWhateverOrderTheyWereMadeIn() {
        ReportStudy study = new ReportStudy();
        Instant monday = Instant.parse("2026-03-02T10:00:00Z");
        Quotation faith = study.code(study.jose, "Mi fe 🙏 me llevó", "Ana", monday, study.fe);
        Quotation later = study.code(study.maria, "volví a donar", "Ana", monday, study.fe);
        Quotation joy = study.code(study.maria, "Sentí alegría 💛 y miedo.", "Ana", monday, study.alegria);
        Quotation born = study.code(study.maria, "doné porque mi niña nació prematura.", "Luis", monday,
                study.motivacion);
        Quotation nothing = study.code(study.jose, "Nada más.", "Ana", monday, study.fe);
        QuotationReports reports = QuotationReports.of(study.project);

        // María's interview is the project's first document, José's the second.
        assertThat(reports.sortedQuotations()).containsExactly(born, joy, later, faith, nothing);
        assertThat(reports.sortedQuotations()).isEqualTo(reports.sorted(study.project.quotations()));
    }
}
