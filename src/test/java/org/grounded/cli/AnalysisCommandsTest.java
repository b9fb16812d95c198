package org.grounded.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grounded.analysis.SmallStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code grounded table}, {@code cooccur} and {@code stats} run through the real command line on
 * an in-memory project (the project source is swapped, so these tests do not depend on the
 * project file format).
 */
class AnalysisCommandsTest {

    private final SmallStudy study = new SmallStudy();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine commandLine;

    @BeforeEach
    void setUp() {
        study.code(study.interview, "I donated", study.fears);
        study.code(study.interview, "my son", study.fears);
        study.code(study.interview, "afraid", study.duty, study.fears);
        study.code(study.focusGroup, "Because", study.agency);
        commandLine = GroundedCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        ProjectSource inMemory = file -> study.project;
        ((TableCommand) commandLine.getSubcommands().get("table").getCommand()).projects = inMemory;
        ((CooccurCommand) commandLine.getSubcommands().get("cooccur").getCommand()).projects = inMemory;
        ((StatsCommand) commandLine.getSubcommands().get("stats").getCommand()).projects = inMemory;
    }

    private int run(String... args) {
        return commandLine.execute(args);
    }

    @Test
    void tablePrintsCsvByParticipantByDefault() {
        assertThat(run("table", "study.grounded")).isZero();

        assertThat(out.toString()).isEqualTo("""
                code,rank,Ana,Lim,Bea,total\r
                Motivation,2,1,0,1,2\r
                Empowerment,3,1,0,0,1\r
                Agency,3,1,0,0,1\r
                Duty,3,0,0,1,1\r
                Fears,1,0,0,3,3\r
                """);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void tableTakesColumnsRowsMarksAndTopFromOptions() {
        assertThat(run("table", "study.grounded", "--by", "attribute:role", "--codes", "level:axial", "--marks",
                "--top", "1", "--format", "md")).isZero();

        assertThat(out.toString()).startsWith("""
                | Code | Rank | donor only | recipient only | both | (no value) | Total |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                | Motivation | 2 | 0 | 0 | 1\\* | 1 | 2 |
                | Fears | 1 | 0 | 0 | 0 | 3\\* | 3\\*\\* |
                """);
    }

    @Test
    void tableByDocumentAndCategories() {
        assertThat(run("table", "study.grounded", "--by", "document", "--codes", "categories")).isZero();

        assertThat(out.toString()).isEqualTo("""
                code,rank,Focus group,Interview with Bea,total\r
                Motivation,1,1,1,2\r
                Empowerment,2,1,0,1\r
                """);
    }

    @Test
    void tableWritesXlsxToTheFileGiven(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("citations.xlsx");

        assertThat(run("table", "study.grounded", "-o", file.toString())).isZero();

        assertThat(out.toString()).contains("Wrote").contains("citations.xlsx");
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheetAt(0).getRow(5).getCell(0).getStringCellValue()).isEqualTo("Fears");
            assertThat(workbook.getSheetAt(0).getRow(5).getCell(4).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void xlsxWithoutAFileIsRefusedWithUsage() {
        assertThat(run("table", "study.grounded", "--format", "xlsx")).isEqualTo(2);

        assertThat(err.toString()).contains("xlsx is not text: give the file to write with -o FILE")
                .contains("Usage: grounded table");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badOptionValuesAreExplained() {
        assertThat(run("table", "study.grounded", "--by", "colour")).isEqualTo(2);
        assertThat(err.toString()).contains("'colour' is not participant, document, group or attribute:NAME");

        assertThat(run("table", "study.grounded", "--codes", "level:deep")).isEqualTo(2);
        assertThat(err.toString()).contains("'deep' is not a coding level");

        assertThat(run("table", "study.grounded", "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown format 'pdf'");
    }

    @Test
    void anUnknownAttributeIsOneClearLine() {
        assertThat(run("table", "study.grounded", "--by", "attribute:country")).isEqualTo(1);

        assertThat(err.toString()).startsWith("grounded: There is no participant attribute named 'country'")
                .doesNotContain("Exception");
    }

    @Test
    void cooccurPrintsCountsOrCoefficients() {
        assertThat(run("cooccur", "study.grounded")).isZero();
        List<String> counts = out.toString().lines().toList();
        assertThat(counts.get(0)).isEqualTo("code,Motivation,Empowerment,Agency,Duty,Fears");
        assertThat(counts.get(4)).isEqualTo("Duty,0,0,0,,1");

        out.getBuffer().setLength(0);
        assertThat(run("cooccur", "study.grounded", "--measure", "c", "--format", "md")).isZero();
        // n(Duty, Fears) = 1, n(Duty) = 1, n(Fears) = 3: 1 / 3.
        assertThat(out.toString()).contains("| Duty | 0 | 0 | 0 |  | 0.33 |").contains("c = n(A,B)");
    }

    @Test
    void cooccurRefusesHtml() {
        assertThat(run("cooccur", "study.grounded", "--format", "html")).isEqualTo(2);

        assertThat(err.toString()).contains("'cooccur' writes csv, tsv, xlsx, md, not html");
    }

    @Test
    void theOutputFilesExtensionChoosesTheFormatAndMustBeOneTheCommandWrites(@TempDir Path folder) throws IOException {
        Path markdown = folder.resolve("matrix.md");
        assertThat(run("cooccur", "study.grounded", "-o", markdown.toString())).isZero();
        assertThat(Files.readString(markdown)).startsWith("| code |");

        Path html = folder.resolve("matrix.html");
        assertThat(run("cooccur", "study.grounded", "-o", html.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not html");
        assertThat(html).doesNotExist();
    }

    @Test
    void statsPrintsEachAttributeSplitByAnother() {
        assertThat(run("stats", "study.grounded", "--by", "role", "--format", "md")).isZero();

        assertThat(out.toString().replace("\u00A0", "~")).startsWith("""
                |  | All participants | donor only | recipient only | both | (no value) |
                | --- | ---: | ---: | ---: | ---: | ---: |
                | age | n = 3 | n = 1 | n = 0 | n = 1 | n = 1 |
                | ~~n | 3 | 1 | 0 | 1 | 1 |
                """).doesNotContain("| role");
    }

    @Test
    void statsByGroupWritesCsvToAFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("participants.csv");

        assertThat(run("stats", "study.grounded", "--by", "group", "-o", file.toString())).isZero();

        assertThat(Files.readString(file)).startsWith(",All participants,donors,interviewed alone\r\n"
                + "role,n = 3,n = 2,n = 1\r\n\u00A0\u00A0donor only,1 (33.33 %),1 (50 %),0 (0 %)\r\n");
    }

    @Test
    void helpListsTheAnalysisCommands() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("table").contains("cooccur").contains("stats");
    }
}
