package org.grounded.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.grounded.export.table.TextGrid;
import org.junit.jupiter.api.Test;

/** The report's tables fit a page: widths follow the content, wide matrices number their columns. */
class ReportTablesTest {

    @Test
    void aCodeColumnGetsMoreRoomThanACountAndTheWidthsFillTheText() {
        TextGrid grid = new TextGrid(List.of("code", "María", "total"),
                List.of(List.of("Influencing factors of milk sharing", "20*", "116**"), List.of("Fe", "1", "2")),
                List.of(TextGrid.Alignment.LEFT, TextGrid.Alignment.RIGHT, TextGrid.Alignment.RIGHT), List.of());
        int[] widths = DocxWriter.columnWidths(grid, 9000, 9, 80);
        assertThat(Arrays.stream(widths).sum()).isBetween(8998, 9002);
        assertThat(widths[0]).isGreaterThan(2 * widths[1]);
        assertThat(widths[1]).isGreaterThan(0);
    }

    /**
     * The sample's citations table: 12 columns, short headings. Each column has room for its
     * longest word in the table's bold type (0.62 em a character, 20 twips a point) plus its two
     * margins: "rank", "total" and "Aisyah" are not broken inside the word as they were.
     */
    @Test
    void everyColumnHasRoomForItsLongestWordSoNoHeadingBreaksInsideAWord() {
        List<String> header = List.of("code", "rank", "María", "Aisyah", "Lucía", "Nurul", "Sofía", "Siti", "Hana",
                "Inés", "Zulaikha", "total");
        List<String> row = List.of("Influencing factors of milk sharing", "1", "20*", "15*", "26*", "16*", "20*",
                "3*", "4*", "2*", "2*", "116**");
        List<TextGrid.Alignment> alignments = new ArrayList<>();
        header.forEach(h -> alignments.add(TextGrid.Alignment.RIGHT));
        TextGrid grid = new TextGrid(header, List.of(row), alignments, List.of());
        int points = DocxWriter.fontSize(header.size());
        int margin = DocxWriter.cellMargin(header.size());
        assertThat(points).isEqualTo(8);
        int[] widths = DocxWriter.columnWidths(grid, 9000, points, margin);
        assertThat(Arrays.stream(widths).sum()).isBetween(8995, 9005);
        for (int c = 1; c < header.size(); c++) {
            int letters = Math.max(header.get(c).length(), row.get(c).length());
            double needed = letters * points * 0.62 * 20 + 2 * margin;
            assertThat((double) widths[c]).as(header.get(c)).isGreaterThanOrEqualTo(needed);
        }
        assertThat(widths[0]).as("the code column takes what is left, the most").isGreaterThan(widths[1] * 2);
    }

    @Test
    void aMatrixOfManyCodesNumbersItsColumnsAndASmallOneKeepsItsNames() {
        int n = StudyReport.NUMBERED_AFTER + 1;
        List<String> header = new ArrayList<>(List.of("code"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            header.add("Código " + i);
            List<String> row = new ArrayList<>(List.of("Código " + i));
            for (int j = 0; j < n; j++) {
                row.add(i == j ? "" : String.valueOf(i + j));
            }
            rows.add(row);
        }
        List<TextGrid.Alignment> alignments = new ArrayList<>(List.of(TextGrid.Alignment.LEFT));
        for (int i = 0; i < n; i++) {
            alignments.add(TextGrid.Alignment.RIGHT);
        }
        TextGrid numbered = StudyReport.numbered(new TextGrid(header, rows, alignments, List.of("n(A,B)")));
        assertThat(numbered.header()).startsWith("code", "1", "2").endsWith(String.valueOf(n));
        assertThat(numbered.rows().get(2)).startsWith("3. Código 2", "2", "3");
        assertThat(numbered.notes()).containsExactly("Columns are numbered as the rows.", "n(A,B)");

        TextGrid small = new TextGrid(header.subList(0, 3), List.of(rows.get(0).subList(0, 3), rows.get(1).subList(0, 3)),
                alignments.subList(0, 3), List.of());
        assertThat(StudyReport.numbered(small)).isSameAs(small);
    }
}
