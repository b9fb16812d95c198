package org.grounded.io.cases;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grounded.analysis.AttributeBins;
import org.grounded.analysis.descriptive.Descriptives;
import org.grounded.analysis.descriptive.DescriptivesRequest;
import org.grounded.analysis.descriptive.DescriptivesRequest.PercentBase;
import org.grounded.export.table.StatisticsLine;
import org.grounded.export.table.StatisticsLines;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Study A's Table 4 from its 80 survey answers, figures typed from the paper (STUDIES.md, issue 12). */
class SurveyTableFourTest {

    private static final String NOT_REPORTED = "They did not report the age";
    private static final CaseImportOptions OPTIONS = new CaseImportOptions("", Set.of("99"), Map.of(),
            Set.of("Comment"));

    @TempDir
    Path folder;

    @Test
    void theSurveyGivesThePapersTableFour() throws Exception {
        Path csv = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(',', false), StandardCharsets.UTF_8,
                new byte[0]);
        assertThat(table(csv, PercentBase.ALL)).containsExactly(
                "Age | n = 80",
                "  20–30 | 57.50 % (46)",
                "  30–40 | 41.25 % (33)",
                "  > 40 | 1.25 % (1)",
                "Breastfeeding | n = 80",
                "  exclusive | 91.25 % (73)",
                "  mixed | 8.75 % (7)",
                "Child age | n = 80",
                "  4–6 | 38.75 % (31)",
                "  7–9 | 21.25 % (17)",
                "  10–12 | 3.75 % (3)",
                "  They did not report the age | 36.25 % (29)");
    }

    @Test
    void percentagesOfThoseWhoAnsweredLeaveTheMissingRowAsACount() throws Exception {
        Path csv = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(',', false), StandardCharsets.UTF_8,
                new byte[0]);
        assertThat(table(csv, PercentBase.ANSWERED)).contains(
                "  4–6 | 60.78 % (31)",   // 31 / 51
                "  7–9 | 33.33 % (17)",   // 17 / 51
                "  10–12 | 5.88 % (3)",   // 3 / 51
                "  They did not report the age | 29",
                "  20–30 | 57.50 % (46)");
    }

    @Test
    void everyFormOfTheSpreadsheetGivesTheSameTable() throws Exception {
        Path plain = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(',', false),
                StandardCharsets.UTF_8, new byte[0]);
        List<String> expected = table(plain, PercentBase.ALL);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<Path> variants = List.of(
                SurveyA.write(folder.resolve("semicolon.csv"), SurveyA.delimited(';', true), StandardCharsets.UTF_8,
                        new byte[0]),
                SurveyA.write(folder.resolve("bom.csv"), SurveyA.delimited(',', false), StandardCharsets.UTF_8, bom),
                SurveyA.write(folder.resolve("windows.csv"), SurveyA.delimited(';', true),
                        Charset.forName("windows-1252"), new byte[0]),
                SurveyA.xlsx(folder.resolve("survey.xlsx")));
        for (Path variant : variants) {
            assertThat(table(variant, PercentBase.ALL)).as(variant.getFileName().toString()).isEqualTo(expected);
        }
    }

    private static List<String> table(Path file, PercentBase base) throws Exception {
        Project project = Project.create("Study A");
        CaseImportTest.importInto(project, file, OPTIONS);
        DescriptivesRequest request = DescriptivesRequest.all()
                .withBins("Age", AttributeBins.parse("20,30,40"))
                .withBins("child AGE", AttributeBins.parse("4-6, 7-9, 10-12"))
                .asTable(base, NOT_REPORTED);
        return StatisticsLines.of(Descriptives.ofParticipants(project, request)).stream()
                .map(SurveyTableFourTest::text).toList();
    }

    private static String text(StatisticsLine line) {
        return (line.kind() == StatisticsLine.Kind.ENTRY ? "  " : "") + line.label() + " | "
                + String.join(" | ", line.cells());
    }
}
