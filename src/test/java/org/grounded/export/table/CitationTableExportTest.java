package org.grounded.export.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grounded.analysis.SmallStudy;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.files.AtomicFileWriter;
import org.grounded.model.EntityEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitationTableExportTest {

    private static final String FEARS = "Fears, \"big\" ones";

    /**
     * Columns Ana, Lim, Bea. Motivation 1 0 1 (2), Empowerment 1 0 0 (1), Agency 1 0 0 (1),
     * Duty 0 0 1 (1), Fears 0 1 2 (3); marks for the single largest value (top 1).
     */
    private static CitationTable table() {
        SmallStudy study = new SmallStudy();
        study.code(study.interview, "I donated", study.fears);
        study.code(study.interview, "my son", study.fears);
        study.code(study.interview, "afraid", study.duty);
        study.code(study.focusGroup, "Because", study.agency);
        study.code(study.focusGroup, "For my faith", study.fears);
        study.project.apply(EntityEdit.update("Rename", study.fears, study.fears.withName(FEARS)));
        return CitationTables.compute(study.project, CitationTableRequest.defaults().withTop(1));
    }

    @Test
    void csvHasOneHeaderRowAndPlainIntegersWithARankForEveryRow() {
        String csv = CitationTableExport.text(table(), ExportFormat.CSV, MarksDisplay.HIDDEN);

        assertThat(Rfc4180.parse(csv, ',')).containsExactly(
                List.of("code", "rank", "Ana", "Lim", "Bea", "total"),
                List.of("Motivation", "2", "1", "0", "1", "2"),
                List.of("Empowerment", "3", "1", "0", "0", "1"),
                List.of("Agency", "3", "1", "0", "0", "1"),
                List.of("Duty", "3", "0", "0", "1", "1"),
                List.of(FEARS, "1", "0", "1", "2", "3"));
    }

    @Test
    void csvWithMarksAppendsThemToTheNumbers() {
        String csv = CitationTableExport.text(table(), ExportFormat.CSV, MarksDisplay.SHOWN);

        List<List<String>> rows = Rfc4180.parse(csv, ',');
        assertThat(rows.get(1)).containsExactly("Motivation", "2", "1*", "0", "1", "2");
        assertThat(rows.get(5)).containsExactly(FEARS, "1", "0", "1*", "2*", "3**");
    }

    @Test
    void tabSeparatedTextHasTheSameCellsAsTheCsv() {
        CitationTable table = table();

        assertThat(Rfc4180.parse(CitationTableExport.tabSeparated(table, MarksDisplay.SHOWN), '\t'))
                .isEqualTo(Rfc4180.parse(CitationTableExport.text(table, ExportFormat.CSV, MarksDisplay.SHOWN), ','));
    }

    @Test
    void markdownIsAPipeTableWithEscapedMarksAndTheLegend() {
        String markdown = CitationTableExport.text(table(), ExportFormat.MARKDOWN, MarksDisplay.SHOWN);

        assertThat(markdown).isEqualTo("""
                | Code | Rank | Ana | Lim | Bea | Total |
                | --- | ---: | ---: | ---: | ---: | ---: |
                | Motivation | 2 | 1\\* | 0 | 1 | 2 |
                | Empowerment | 3 | 1\\* | 0 | 0 | 1 |
                | Agency | 3 | 1\\* | 0 | 0 | 1 |
                | Duty | 3 | 0 | 0 | 1 | 1 |
                | Fears, "big" ones | 1 | 0 | 1\\* | 2\\* | 3\\*\\* |

                \\* largest 1 values of each column, \\*\\* 1 largest totals
                """);
    }

    @Test
    void htmlIsAStandalonePageWithTheMarkedCellsHighlighted() {
        String html = CitationTableExport.text(table(), ExportFormat.HTML, MarksDisplay.SHOWN);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").contains("<style>")
                .contains("<th>Ana</th><th>Lim</th><th>Bea</th><th>Total</th>")
                .contains("<td>Fears, &quot;big&quot; ones</td>")
                .contains("<td class=\"n top-total\">3**</td>")
                .contains("<td style=\"padding-left: 3.0em\">Agency</td>")
                .contains("<p class=\"legend\">* largest 1 values of each column, ** 1 largest totals</p>")
                .endsWith("</html>\n");
        assertThat(CitationTableExport.text(table(), ExportFormat.HTML, MarksDisplay.HIDDEN))
                .doesNotContain("class=\"n top").doesNotContain("<p class=\"legend\">");
    }

    @Test
    void xlsxHasABoldFrozenHeaderNumbersWithMarksAndTheLegend(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("table.xlsx");
        AtomicFileWriter.withoutBackup().write(file, out -> CitationTableExport.write(table(), ExportFormat.XLSX, MarksDisplay.HIDDEN, out));

        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            assertThat(sheet.getRow(0)).extracting(Cell::getStringCellValue)
                    .containsExactly("Code", "Rank", "Ana", "Lim", "Bea", "Total");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            Cell fearsAtBea = sheet.getRow(5).getCell(4);
            assertThat(fearsAtBea.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(fearsAtBea.getNumericCellValue()).isEqualTo(2.0);
            assertThat(shown.formatCellValue(fearsAtBea)).isEqualTo("2*");
            assertThat(workbook.getFontAt(fearsAtBea.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(((XSSFCellStyle) fearsAtBea.getCellStyle()).getFillForegroundXSSFColor()).isNotNull();
            assertThat(shown.formatCellValue(sheet.getRow(5).getCell(5))).isEqualTo("3**");
            assertThat(shown.formatCellValue(sheet.getRow(4).getCell(5))).isEqualTo("1");
            assertThat(workbook.getFontAt(sheet.getRow(4).getCell(5).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getIndention()).as("Agency is two levels down")
                    .isEqualTo((short) 2);

            assertThat(sheet.getRow(7).getCell(0).getStringCellValue())
                    .isEqualTo("* largest 1 values of each column, ** 1 largest totals");
            assertThat(sheet.getColumnWidth(0)).as("fits \"Fears, \\\"big\\\" ones\"")
                    .isGreaterThanOrEqualTo(FEARS.length() * 256);
        }
    }

    @Test
    void xlsxIsNotText() {
        assertThatThrownBy(() -> CitationTableExport.text(table(), ExportFormat.XLSX, MarksDisplay.SHOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file");
    }

    @Test
    void aTableTooSmallForItsMarksSaysWhyInsteadOfTheLegend() {
        SmallStudy study = new SmallStudy();
        CitationTable table = CitationTables.compute(study.project, CitationTableRequest.defaults().withTop(5));

        assertThat(table.marksWithheld()).isTrue();
        assertThat(CitationTableExport.legend(table)).startsWith("No * or ** marks: only " + table.citedCodes())
                .contains("at least 10 codes are cited");
        assertThat(CitationTableExport.text(table, ExportFormat.CSV, MarksDisplay.SHOWN)).doesNotContain("*");
    }
}
