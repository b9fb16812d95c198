package org.grounded.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grounded.io.cases.SurveyA;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.AttributeValue;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CasesCommandTest {

    @TempDir
    Path folder;

    @Test
    void importsTheSurveyAndStatsPrintTableFour() throws Exception {
        Path project = folder.resolve("study.grounded");
        Path survey = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(';', true),
                Charset.forName("windows-1252"), new byte[0]);

        CommandLineRun first = CommandLineRun.of("cases", project.toString(), "import", survey.toString(),
                "--missing", "99", "--skip", "Comment");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Created project").contains("names from column 'Name'")
                .contains("Age                      number").contains("Breastfeeding            category")
                .contains("80 added, 0 updated, 0 unchanged, 0 skipped");

        CommandLineRun again = CommandLineRun.of("cases", project.toString(), "import", survey.toString(),
                "--missing", "99", "--skip", "Comment");
        assertThat(again.out()).contains("0 added, 0 updated, 80 unchanged, 0 skipped");
        assertThat(new ProjectFileStore().load(project).participants()).hasSize(80);

        CommandLineRun stats = CommandLineRun.of("stats", project.toString(), "--bins", "Age=20,30,40",
                "--bins", "Child age=4-6,7-9,10-12", "--table", "--missing-label", "They did not report the age",
                "--format", "md");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out().replace("\u00A0", "~")).startsWith("""
                |  | All participants |
                | --- | ---: |
                | Age | n = 80 |
                | ~~20–30 | 57.50 % (46) |
                | ~~30–40 | 41.25 % (33) |
                | ~~> 40 | 1.25 % (1) |
                | Breastfeeding | n = 80 |
                | ~~exclusive | 91.25 % (73) |
                | ~~mixed | 8.75 % (7) |
                | Child age | n = 80 |
                | ~~4–6 | 38.75 % (31) |
                | ~~7–9 | 21.25 % (17) |
                | ~~10–12 | 3.75 % (3) |
                | ~~They did not report the age | 36.25 % (29) |
                """).contains("Age: Each range includes its lower edge and not its upper one: 30 falls in 30–40");
    }

    @Test
    void badRowsGoToStandardErrorWithTheirNumbersAndTheRestIsImported() throws Exception {
        Path project = folder.resolve("study.grounded");
        Path sheet = Files.writeString(folder.resolve("cases.csv"), "Participant,Age\nAna,29\nBia,abc\nAna,30\n",
                StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("cases", project.toString(), "import", sheet.toString(),
                "--type", "Age=number");

        assertThat(run.exitCode()).isEqualTo(CasesCommand.SOME_SKIPPED);
        assertThat(run.out()).contains("1 added, 0 updated, 0 unchanged, 2 skipped");
        assertThat(run.err()).isEqualTo("grounded: cases.csv, row 3: 'abc' in 'Age' is not a number\n"
                + "grounded: cases.csv, row 4: the name 'Ana' is already in row 2\n");
        Project saved = new ProjectFileStore().load(project);
        assertThat(saved.participants()).extracting(Participant::name).containsExactly("Ana");
        assertThat(saved.participants().iterator().next().attributes().get("Age")).isEqualTo(AttributeValue.number(29));
    }

    @Test
    void aMissingFileOrSheetIsOneLineAndNoProjectIsCreated() {
        Path project = folder.resolve("study.grounded");
        CommandLineRun run = CommandLineRun.of("cases", project.toString(), "import",
                folder.resolve("none.csv").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).startsWith("grounded: ").contains("none.csv: there is no such file")
                .doesNotContain("\tat ");
        assertThat(project).doesNotExist();
    }
    @Test
    void savedRangesGroupTheStatisticsWithoutBeingAskedAgain() throws Exception {
        Path project = folder.resolve("study.grounded");
        Path survey = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(',', false),
                StandardCharsets.UTF_8, new byte[0]);
        CommandLineRun.of("cases", project.toString(), "import", survey.toString(), "--missing", "99",
                "--skip", "Comment");

        CommandLineRun ranges = CommandLineRun.of("cases", project.toString(), "ranges", "age=20,30,40",
                "Child age=4-6,7-9,10-12");
        assertThat(ranges.exitCode()).as(ranges.err()).isZero();
        assertThat(ranges.out()).contains("Age: < 20, 20–30, 30–40, > 40. Each range includes its lower edge");

        CommandLineRun stats = CommandLineRun.of("stats", project.toString(), "--table", "--format", "csv");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out().replace("\u00A0", " ")).contains("20–30,57.50 % (46)").contains("30–40,41.25 % (33)")
                .contains("> 40,1.25 % (1)").contains("4–6,38.75 % (31)").contains("(no value),36.25 % (29)");

        CommandLineRun again = CommandLineRun.of("cases", project.toString(), "ranges", "Age=20,30,40");
        assertThat(again.out()).contains("Nothing changed");
        CommandLineRun bad = CommandLineRun.of("cases", project.toString(), "ranges", "Breastfeeding=1,2");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("number attribute");
        CommandLineRun cleared = CommandLineRun.of("cases", project.toString(), "ranges", "Age=");
        assertThat(cleared.out()).contains("Age: not grouped into ranges");
        assertThat(new ProjectFileStore().load(project).attributeDefinitions()).extracting(d -> d.ranges())
                .containsExactly("", "", "4-6,7-9,10-12");
    }

    @Test
    void theExportedParticipantsTableImportsAgainWithoutChangingAnything() throws Exception {
        Path project = folder.resolve("study.grounded");
        Path survey = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(';', true),
                StandardCharsets.UTF_8, new byte[0]);
        CommandLineRun.of("cases", project.toString(), "import", survey.toString(), "--missing", "99");
        String before = Files.readString(project);

        for (String name : new String[] {"participants.csv", "participants.xlsx"}) {
            Path exported = folder.resolve(name);
            CommandLineRun export = CommandLineRun.of("cases", project.toString(), "export", "-o", exported.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(export.out()).contains("80 participants, 4 attributes");

            CommandLineRun reimport = CommandLineRun.of("cases", project.toString(), "import", exported.toString());
            assertThat(reimport.exitCode()).as(name + ": " + reimport.err()).isZero();
            assertThat(reimport.out()).as(name).contains("0 added, 0 updated, 80 unchanged, 0 skipped");
            assertThat(Files.readString(project)).as(name).isEqualTo(before);
        }
        assertThat(Files.readString(folder.resolve("participants.csv"), StandardCharsets.UTF_8).lines().limit(2))
                .containsExactly("Name,Age,Breastfeeding,Child age,Comment", "Mãe 01,20,exclusive,4,\"donates, via \"\"Leite\"\" group; twice\"");
    }

    @Test
    void theSampleStudysParticipantsSurviveTheirOwnTable() throws Exception {
        Path project = folder.resolve("sample.grounded");
        Files.copy(Path.of("samples/milk-donation.grounded"), project);
        String before = Files.readString(project);
        Path exported = folder.resolve("participants.xlsx");

        assertThat(CommandLineRun.of("cases", project.toString(), "export", "-o", exported.toString()).exitCode())
                .isZero();
        CommandLineRun reimport = CommandLineRun.of("cases", project.toString(), "import", exported.toString());

        assertThat(reimport.out()).contains("0 added, 0 updated, 9 unchanged, 0 skipped");
        assertThat(Files.readString(project)).isEqualTo(before);
        assertThat(CommandLineRun.of("cases", project.toString(), "export", "-o",
                folder.resolve("participants.md").toString()).err()).contains("written as .csv, .tsv or .xlsx");
    }
}
