package org.grounded.export.table;

import java.util.List;
import org.grounded.analysis.SmallStudy;
import org.grounded.analysis.descriptive.Descriptives;
import org.grounded.analysis.descriptive.DescriptivesRequest;
import org.grounded.analysis.descriptive.ParticipantDescriptives;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptivesExportTest {

    /** Ana (both, 29), Lim (donor only, 34), Bea (no role, 41). */
    private static ParticipantDescriptives descriptives() {
        return Descriptives.ofParticipants(new SmallStudy().project, DescriptivesRequest.all());
    }

    @Test
    void csvIsALongTableOfCountsPercentagesAndStatistics() {
        String csv = DescriptivesExport.text(descriptives(), ExportFormat.CSV);

        assertThat(Rfc4180.parse(csv, ',')).containsExactly(
                List.of("attribute", "value", "statistic", "All participants"),
                List.of("role", "donor only", "count", "1"),
                List.of("role", "donor only", "percent", "33.33"),
                List.of("role", "recipient only", "count", "0"),
                List.of("role", "recipient only", "percent", "0"),
                List.of("role", "both", "count", "1"),
                List.of("role", "both", "percent", "33.33"),
                List.of("role", "(no value)", "count", "1"),
                List.of("role", "(no value)", "percent", "33.33"),
                List.of("age", "", "n", "3"),
                List.of("age", "", "missing", "0"),
                List.of("age", "", "mean", "34.67"),
                List.of("age", "", "median", "34"),
                List.of("age", "", "sd (sample, n-1)", "6.03"),
                List.of("age", "", "min", "29"),
                List.of("age", "", "max", "41"));
    }

    @Test
    void markdownGivesEachAttributeItsOwnTable() {
        String markdown = DescriptivesExport.text(Descriptives.ofParticipants(new SmallStudy().project,
                DescriptivesRequest.byParticipantGroup()), ExportFormat.MARKDOWN);

        assertThat(markdown).contains("""
                ## role (category)

                | Value | All participants n | All participants % | donors n | donors % | interviewed alone n | interviewed alone % |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                | donor only | 1 | 33.33 | 1 | 50 | 0 | 0 |
                """).contains("""
                ## age (number)

                | Statistic | All participants | donors | interviewed alone |
                | --- | ---: | ---: | ---: |
                | n | 3 | 2 | 1 |
                | missing | 0 | 0 | 0 |
                | mean | 34.67 | 31.5 | 41 |
                | median | 34 | 31.5 | 41 |
                | sd (sample, n-1) | 6.03 | 3.54 |  |
                """);
    }
}
