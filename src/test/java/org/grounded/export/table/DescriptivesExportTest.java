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

    private static final String IN = "\u00A0\u00A0";

    /** Worked by hand: ages 29, 34, 41 (mean 34.67, sample SD √36.33 = 6.03); one of three per role. */
    @Test
    void csvIsTheWindowsTable() {
        String csv = DescriptivesExport.text(descriptives(), ExportFormat.CSV);

        assertThat(Rfc4180.parse(csv, ',')).containsExactly(
                List.of("", "All participants"),
                List.of("role", "n = 3"),
                List.of(IN + "donor only", "1 (33.33 %)"),
                List.of(IN + "recipient only", "0 (0 %)"),
                List.of(IN + "both", "1 (33.33 %)"),
                List.of(IN + "(no value)", "1 (33.33 %)"),
                List.of("age", "n = 3"),
                List.of(IN + "n", "3"),
                List.of(IN + "Mean", "34.67"),
                List.of(IN + "Median", "34"),
                List.of(IN + "SD", "6.03"),
                List.of(IN + "Minimum", "29"),
                List.of(IN + "Maximum", "41"));
    }

    /** Donors are Ana (29) and Lim (34): mean 31.5, SD 3.54; Bea (41) alone has no SD. */
    @Test
    void markdownIsTheSameTableWithItsNote() {
        String markdown = DescriptivesExport.text(Descriptives.ofParticipants(new SmallStudy().project,
                DescriptivesRequest.byParticipantGroup()), ExportFormat.MARKDOWN);

        assertThat(markdown.replace(IN, "~~")).isEqualTo("""
                |  | All participants | donors | interviewed alone |
                | --- | ---: | ---: | ---: |
                | role | n = 3 | n = 2 | n = 1 |
                | ~~donor only | 1 (33.33 %) | 1 (50 %) | 0 (0 %) |
                | ~~recipient only | 0 (0 %) | 0 (0 %) | 0 (0 %) |
                | ~~both | 1 (33.33 %) | 1 (50 %) | 0 (0 %) |
                | ~~(no value) | 1 (33.33 %) | 0 (0 %) | 1 (100 %) |
                | age | n = 3 | n = 2 | n = 1 |
                | ~~n | 3 | 2 | 1 |
                | ~~Mean | 34.67 | 31.5 | 41 |
                | ~~Median | 34 | 31.5 | 41 |
                | ~~SD | 6.03 | 3.54 | – |
                | ~~Minimum | 29 | 29 | 41 |
                | ~~Maximum | 41 | 34 | 41 |

                SD: sample standard deviation (n − 1).
                """);
    }
}
