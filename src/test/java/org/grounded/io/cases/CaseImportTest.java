package org.grounded.io.cases;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.edits.CaseImportEdits;
import org.grounded.model.edits.CaseImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseImportTest {

    private static final byte[] NO_BOM = {};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final CaseImportOptions WITH_99 = new CaseImportOptions("", Set.of("99"), Map.of(), Set.of());

    @TempDir
    Path folder;

    @Test
    void aCommaSeparatedSurveyBecomesEightyTypedParticipants() throws Exception {
        Path file = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(',', false),
                StandardCharsets.UTF_8, NO_BOM);
        Project project = Project.create("Study A");
        CaseImportResult result = importInto(project, file, WITH_99);

        assertThat(result.count(CaseImportResult.Action.ADDED)).isEqualTo(80);
        assertThat(result.skipped()).isEmpty();
        assertThat(project.participants()).hasSize(80);
        assertThat(type(project, "Age")).isEqualTo(AttributeType.NUMBER);
        assertThat(type(project, "Breastfeeding")).isEqualTo(AttributeType.CATEGORY);
        assertThat(type(project, "Child age")).isEqualTo(AttributeType.NUMBER);
        assertThat(type(project, "Comment")).isEqualTo(AttributeType.TEXT);
        assertThat(project.attributeDefinition(AttributeScope.PARTICIPANT, "Breastfeeding").orElseThrow().categories())
                .containsExactly("exclusive", "mixed");

        Participant first = named(project, "Mãe 01");
        assertThat(first.attributes().get("Age")).isEqualTo(AttributeValue.number(20));
        assertThat(first.attributes().get("Comment")).isEqualTo(AttributeValue.text("donates, via \"Leite\" group; twice"));
        assertThat(named(project, "Mãe 02").attributes().get("Comment")).isEqualTo(AttributeValue.text("line one\nline two"));
        assertThat(named(project, "Mãe 46").attributes().get("Age").value()).isEqualTo("29.5");
        // Missing codes ("", NA, n/a, -, and the chosen 99) stay missing, never 0 or 99.
        long withoutChildAge = project.participants().stream().filter(p -> !p.attributes().containsKey("Child age"))
                .count();
        assertThat(withoutChildAge).isEqualTo(29);
        assertThat(project.participants().stream().map(p -> p.attributes().get("Child age")).filter(v -> v != null)
                .map(v -> v.asNumber().intValue())).allMatch(months -> months >= 4 && months <= 12);
    }

    @Test
    void ninetyNineIsAnAnswerUnlessChosenAsAMissingCode() throws Exception {
        Path file = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(',', false),
                StandardCharsets.UTF_8, NO_BOM);
        Project project = Project.create("Study A");
        importInto(project, file, CaseImportOptions.defaults());
        // slots 51..79 with slot % 5 == 4: 54, 59, 64, 69, 74, 79 -> six mothers answered "99"
        assertThat(project.participants().stream()
                .filter(p -> AttributeValue.number(99).equals(p.attributes().get("Child age")))).hasSize(6);
    }

    @Test
    void everyEncodingSeparatorAndTheWorkbookGiveTheSameParticipants() throws Exception {
        Map<String, Map<String, AttributeValue>> expected = snapshot(imported(SurveyA.write(
                folder.resolve("plain.csv"), SurveyA.delimited(',', false), StandardCharsets.UTF_8, NO_BOM)));
        Charset windows1252 = Charset.forName("windows-1252");
        Path[] variants = {
            SurveyA.write(folder.resolve("bom.csv"), SurveyA.delimited(',', false), StandardCharsets.UTF_8, UTF8_BOM),
            SurveyA.write(folder.resolve("semicolon.csv"), SurveyA.delimited(';', true), StandardCharsets.UTF_8, NO_BOM),
            SurveyA.write(folder.resolve("tab.tsv"), SurveyA.delimited('\t', false), StandardCharsets.UTF_8, NO_BOM),
            SurveyA.write(folder.resolve("utf16.csv"), SurveyA.delimited(';', true), StandardCharsets.UTF_16LE,
                    UTF16LE_BOM),
            SurveyA.write(folder.resolve("windows.csv"), SurveyA.delimited(';', true), windows1252, NO_BOM),
            SurveyA.xlsx(folder.resolve("survey.xlsx")),
        };
        assertThat(expected).hasSize(80).containsKey("Mãe 80");
        for (Path variant : variants) {
            assertThat(snapshot(imported(variant))).as(variant.getFileName().toString()).isEqualTo(expected);
        }
    }

    @Test
    void reImportingUpdatesValuesAndNeverDuplicates() throws Exception {
        Path file = SurveyA.write(folder.resolve("survey.csv"), SurveyA.delimited(',', false),
                StandardCharsets.UTF_8, NO_BOM);
        Project project = Project.create("Study A");
        importInto(project, file, WITH_99);
        Map<String, Map<String, AttributeValue>> before = snapshot(project);

        String changed = SurveyA.delimited(',', false)
                .replace("Mãe 03,22,", "mãe 03,23,");
        Path second = SurveyA.write(folder.resolve("survey2.csv"), changed, StandardCharsets.UTF_8, NO_BOM);
        CaseImportResult again = importInto(project, second, WITH_99);

        assertThat(again.count(CaseImportResult.Action.ADDED)).isZero();
        assertThat(again.count(CaseImportResult.Action.UPDATED)).isEqualTo(1);
        assertThat(again.count(CaseImportResult.Action.UNCHANGED)).isEqualTo(79);
        assertThat(project.participants()).hasSize(80);
        assertThat(named(project, "Mãe 03").attributes().get("Age")).isEqualTo(AttributeValue.number(23));

        project.revert(again.edit().orElseThrow());
        assertThat(snapshot(project)).isEqualTo(before);
    }

    @Test
    void badRowsAreReportedWithTheirNumberAndNothingOfThemIsApplied() throws Exception {
        String text = """
                Name;Age;Child age
                Ana;29;5
                Bia;twenty;6
                ana;31;7
                ;33;8
                Carla;34,5;n/a
                """;
        Path file = SurveyA.write(folder.resolve("bad.csv"), text, StandardCharsets.UTF_8, NO_BOM);
        Project project = Project.create("Study A");
        CaseImportOptions types = new CaseImportOptions("", Set.of(), Map.of("Age", AttributeType.NUMBER), Set.of());
        CaseImportResult result = importInto(project, file, types);

        assertThat(result.skipped()).extracting(CaseImportResult.Outcome::row, CaseImportResult.Outcome::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "'twenty' in 'Age' is not a number"),
                        org.assertj.core.groups.Tuple.tuple(4, "the name 'ana' is already in row 2"),
                        org.assertj.core.groups.Tuple.tuple(5, "the row has no name"));
        assertThat(project.participants()).extracting(Participant::name).containsExactly("Ana", "Carla");
        assertThat(named(project, "Ana").attributes()).isEqualTo(Map.of("Age", AttributeValue.number(29),
                "Child age", AttributeValue.number(5)));
        assertThat(named(project, "Carla").attributes()).isEqualTo(Map.of("Age", new AttributeValue(
                AttributeType.NUMBER, "34.5")));

        // A bad row for someone already there leaves all their values as they were.
        Path again = SurveyA.write(folder.resolve("bad2.csv"), "Name;Age;Child age\nAna;30;oops\n",
                StandardCharsets.UTF_8, NO_BOM);
        CaseImportResult second = importInto(project, again, CaseImportOptions.defaults());
        assertThat(second.edit()).isEmpty();
        assertThat(second.skipped()).extracting(CaseImportResult.Outcome::reason)
                .containsExactly("'oops' in 'Child age' is not a number");
        assertThat(named(project, "Ana").attributes().get("Age")).isEqualTo(AttributeValue.number(29));
    }

    @Test
    void unreadableFilesGetAOneLineMessageNamingThem() throws Exception {
        Path unclosed = SurveyA.write(folder.resolve("open.csv"), "Name,Comment\nAna,\"never closed\n",
                StandardCharsets.UTF_8, NO_BOM);
        assertThatThrownBy(() -> CaseSheets.read(unclosed, null))
                .hasMessage("open.csv: a quoted cell that starts on line 2 never ends (a \" is missing)");
        assertThatThrownBy(() -> CaseSheets.read(SurveyA.xlsx(folder.resolve("s.xlsx")), "Results"))
                .hasMessage("s.xlsx: there is no sheet named 'Results'; the sheets are: Notes, Answers");
        Path notWorkbook = SurveyA.write(folder.resolve("fake.xlsx"), "hello", StandardCharsets.UTF_8, NO_BOM);
        assertThatThrownBy(() -> CaseSheets.read(notWorkbook, null))
                .hasMessage("fake.xlsx: this is not a readable Excel workbook (.xlsx)");
        assertThatThrownBy(() -> CaseTable.of(CaseSheets.read(unclosed.resolveSibling("survey.csv"), null),
                CaseImportOptions.defaults(), Map.of())).hasMessage("survey.csv: there is no such file");
    }

    private Project imported(Path file) throws Exception {
        Project project = Project.create("Study A");
        importInto(project, file, new CaseImportOptions("", Set.of("99"), Map.of(), Set.of()));
        return project;
    }

    static CaseImportResult importInto(Project project, Path file, CaseImportOptions options) throws Exception {
        CaseSheet sheet = CaseSheets.read(file, file.toString().endsWith(".xlsx") ? "Answers" : null);
        Map<String, AttributeType> known = new LinkedHashMap<>();
        project.attributeDefinitions(AttributeScope.PARTICIPANT).forEach(d -> known.put(d.name().toLowerCase(), d.type()));
        CaseTable table = CaseTable.of(sheet, options, known);
        CaseImportResult result = CaseImportEdits.importCases(project, AttributeScope.PARTICIPANT, table.columns(),
                table.rows());
        result.edit().ifPresent(project::apply);
        return result;
    }

    private static Map<String, Map<String, AttributeValue>> snapshot(Project project) {
        Map<String, Map<String, AttributeValue>> result = new TreeMap<>();
        project.participants().forEach(p -> result.put(p.name(), new TreeMap<>(p.attributes())));
        return result;
    }

    private static AttributeType type(Project project, String name) {
        return project.attributeDefinition(AttributeScope.PARTICIPANT, name).map(AttributeDefinition::type).orElseThrow();
    }

    private static Participant named(Project project, String name) {
        return project.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
