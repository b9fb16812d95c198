package org.grounded.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.grounded.analysis.report.ReportStudy;
import org.junit.jupiter.api.Test;

/** A study report computes only the sections its options ask for. */
class StudyReportSectionsTest {

    @Test
    void aReportWithoutTheCooccurrenceSectionNeverComputesIt() throws Exception {
        ReportStudy study = new ReportStudy();
        EnumSet<ReportSection> asked = EnumSet.allOf(ReportSection.class);
        asked.remove(ReportSection.COOCCURRENCE);
        ReportOptions options = new ReportOptions(null, null, null, null, null, null, null, asked, List.of());

        StudyReport report = StudyReport.of(study.project, options);

        assertThat(report.computedSections()).containsExactlyInAnyOrderElementsOf(asked)
                .doesNotContain(ReportSection.COOCCURRENCE);
    }

    @Test
    void aReportOfTheCodebookAloneComputesOnlyTheCodebook() throws Exception {
        ReportStudy study = new ReportStudy();
        ReportOptions options = new ReportOptions(null, null, null, null, null, null, null,
                EnumSet.of(ReportSection.CODEBOOK), List.of());

        StudyReport report = StudyReport.of(study.project, options);

        assertThat(report.computedSections()).containsExactly(ReportSection.CODEBOOK);
    }
}
