package org.grounded.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.grounded.io.cases.SurveyA;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grounded stats --format xlsx|docx}: study A's Table 4 as an Excel sheet and as a Word table. */
class StatsFormatsTest {

    private static final String[] TABLE_FOUR = {"--bins", "Age=20,30,40", "--bins", "Child age=4-6,7-9,10-12",
        "--table", "--missing-label", "They did not report the age"};

    @TempDir
    Path folder;

    private Path project;

    @BeforeEach
    void importTheSurvey() throws Exception {
        project = folder.resolve("study.grounded");
        Path survey = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(',', false),
                StandardCharsets.UTF_8, new byte[0]);
        CommandLineRun imported = CommandLineRun.of("cases", project.toString(), "import", survey.toString(),
                "--missing", "99", "--skip", "Comment");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    private CommandLineRun stats(String... more) {
        List<String> args = new ArrayList<>(List.of("stats", project.toString()));
        args.addAll(List.of(TABLE_FOUR));
        args.addAll(List.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    @Test
    void anExcelSheetHoldsTheSameRowsAsTheCsv() throws Exception {
        CommandLineRun csv = stats("--format", "csv");
        Path file = folder.resolve("table4.xlsx");
        CommandLineRun run = stats("-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Participant statistics");
            DataFormatter cells = new DataFormatter();
            for (Row row : sheet) {
                if (row.getLastCellNum() >= 2) {
                    rows.add(cells.formatCellValue(row.getCell(0)).replace("\u00A0", "").strip() + "|" + cells.formatCellValue(row.getCell(1)));
                }
            }
        }
        assertThat(rows).containsSubsequence("Age|n = 80", "20–30|57.50 % (46)", "30–40|41.25 % (33)",
                "> 40|1.25 % (1)", "exclusive|91.25 % (73)", "mixed|8.75 % (7)", "4–6|38.75 % (31)",
                "They did not report the age|36.25 % (29)");
        assertThat(csv.out().replace("\u00A0", "")).contains("20–30,57.50 % (46)");
    }

    @Test
    void formatXlsxWithAnOutputFileWritesAWorkbook() throws Exception {
        Path file = folder.resolve("s.xlsx");
        CommandLineRun run = stats("--format", "xlsx", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Participant statistics");
            DataFormatter cells = new DataFormatter();
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getLastCellNum() >= 2) {
                    rows.add(cells.formatCellValue(row.getCell(0)).replace("\u00A0", "").strip() + "|"
                            + cells.formatCellValue(row.getCell(1)));
                }
            }
            assertThat(rows).contains("Age|n = 80", "20–30|57.50 % (46)");
        }
    }

    @Test
    void aWordDocumentHoldsTheTableUnderAHeading() throws Exception {
        Path file = folder.resolve("table4.docx");
        CommandLineRun run = stats("--format", "docx", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Participant statistics");
            XWPFTable table = document.getTables().get(0);
            List<String> rows = table.getRows().stream().map(row -> row.getCell(0).getText().replace("\u00A0", "").strip() + "|"
                    + row.getCell(1).getText()).toList();
            assertThat(rows).containsSubsequence("|All participants", "Age|n = 80", "20–30|57.50 % (46)",
                    "30–40|41.25 % (33)", "> 40|1.25 % (1)", "10–12|3.75 % (3)",
                    "They did not report the age|36.25 % (29)");
        }
    }

    @Test
    void binaryFormatsNeedAFile() {
        CommandLineRun run = stats("--format", "docx");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("docx is not text: give the file to write with -o FILE");
    }
}
