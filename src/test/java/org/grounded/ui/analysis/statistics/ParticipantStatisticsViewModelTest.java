package org.grounded.ui.analysis.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.grounded.export.table.StatisticsLine;
import org.grounded.analysis.descriptive.Descriptives;
import org.grounded.analysis.descriptive.DescriptivesRequest;
import org.grounded.analysis.descriptive.SplitKind;
import org.grounded.export.table.ExportFormat;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParticipantStatisticsViewModelTest {

    @TempDir
    Path folder;

    private final Project project = AnalysisFixture.sample();
    private final Workspace workspace = AnalysisFixture.workspaceWith(project);
    private final StubDialogService dialogs = new StubDialogService();
    private final AnalysisFixture.RecordingClipboard clipboard = new AnalysisFixture.RecordingClipboard();
    private final ParticipantStatisticsViewModel viewModel =
            new ParticipantStatisticsViewModel(workspace, dialogs, new CurrentThreadTaskExecutor(), clipboard);

    private StatisticsLine line(String label, int afterAttribute) {
        List<StatisticsLine> lines = viewModel.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == StatisticsLine.Kind.ATTRIBUTE && lines.get(i).label().equals(label)) {
                return lines.get(i + afterAttribute);
            }
        }
        throw new AssertionError("No attribute " + label + " in " + lines);
    }

    @Test
    void theSplitReachesTheRequest() {
        assertThat(viewModel.request()).isEqualTo(DescriptivesRequest.all());
        viewModel.splitProperty().set(SplitKind.PARTICIPANT_GROUP);
        assertThat(viewModel.request()).isEqualTo(DescriptivesRequest.byParticipantGroup());
        viewModel.splitProperty().set(SplitKind.ATTRIBUTE);
        viewModel.splitAttributeProperty().set("country");
        assertThat(viewModel.request()).isEqualTo(DescriptivesRequest.byAttribute("country"));
    }

    @Test
    void rangesAndThePaperLayoutReachTheRequestAndTheLines() {
        viewModel.setActive(true);
        viewModel.rangesProperty().set("AGE=20,30,40");
        viewModel.paperLayoutProperty().set(true);

        assertThat(viewModel.request()).isEqualTo(DescriptivesRequest.all()
                .withBins("age", org.grounded.analysis.AttributeBins.parse("20,30,40"))
                .asTable(DescriptivesRequest.PercentBase.ALL, "(no value)"));
        assertThat(line("age", 1).label()).isEqualTo("20–30");
        assertThat(line("age", 2).label()).isEqualTo("30–40");
        assertThat(line("age", 1).cells().get(0)).matches("\\d+\\.\\d\\d % \\(\\d+\\)");
        assertThat(line("role", 1).cells()).containsExactly("55.56 % (5)");
    }

    @Test
    void categoriesShowCountsAndPercentagesAndNumbersTheirStatistics() {
        viewModel.setActive(true);

        assertThat(viewModel.parts()).containsExactly(Descriptives.ALL_PARTICIPANTS);
        assertThat(line("role", 0).cells()).containsExactly("n = 9");
        assertThat(line("role", 1)).isEqualTo(new StatisticsLine(StatisticsLine.Kind.ENTRY, "donor only",
                List.of("5 (55.56 %)")));
        assertThat(line("age", 2)).isEqualTo(new StatisticsLine(StatisticsLine.Kind.ENTRY, "Mean", List.of("30")));
        assertThat(line("age", 4)).isEqualTo(new StatisticsLine(StatisticsLine.Kind.ENTRY, "SD", List.of("2.74")));
        assertThat(line("interview date", 2).cells()).containsExactly("2025-03-14");
        assertThat(viewModel.lines()).noneMatch(line -> line.label().equals("(no value)"));
    }

    @Test
    void splittingByGroupAddsAColumnPerGroup() {
        viewModel.setActive(true);

        viewModel.splitProperty().set(SplitKind.PARTICIPANT_GROUP);

        assertThat(viewModel.parts()).containsExactly("All participants", "donor only", "recipient only", "both");
        assertThat(line("country", 0).cells()).containsExactly("n = 9", "n = 5", "n = 2", "n = 2");
    }

    @Test
    void splittingByAnAttributeLeavesThatAttributeOut() {
        viewModel.setActive(true);

        viewModel.splitProperty().set(SplitKind.ATTRIBUTE);
        viewModel.splitAttributeProperty().set("country");

        assertThat(viewModel.parts()).containsExactly("All participants", "Mexico", "Malaysia");
        assertThat(viewModel.lines()).noneMatch(line -> line.label().equals("country"));
    }

    @Test
    void aProjectWithoutAttributesCannotBeSplitByOne() {
        workspace.setSession(ProjectSession.untitled(Project.create("Empty")));
        viewModel.setActive(true);

        viewModel.splitProperty().set(SplitKind.ATTRIBUTE);

        assertThat(viewModel.problemProperty().get()).contains("no participant attributes");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "MARKDOWN"})
    void exportingWritesTheStatistics(ExportFormat format) throws IOException {
        viewModel.setActive(true);
        viewModel.splitProperty().set(SplitKind.PARTICIPANT_GROUP);
        dialogs.saveFiles.push(Optional.of(folder.resolve("table-4")));

        viewModel.export(format);

        // By hand from the sample: 9 participants, 5 donors only, 2 recipients only, 2 both.
        String separator = format == ExportFormat.CSV ? "," : " | ";
        assertThat(Files.readString(folder.resolve("table-4." + format.extension()), StandardCharsets.UTF_8))
                .contains(String.join(separator, "All participants", "donor only", "recipient only", "both"))
                .contains(String.join(separator, "country", "n = 9", "n = 5", "n = 2", "n = 2"));
    }

    @Test
    void copyingPutsTheTableAsShownOnTheClipboard() {
        viewModel.setActive(true);

        viewModel.copy();

        String[] lines = clipboard.last().split("\r\n");
        assertThat(lines[0]).isEqualTo("\tAll participants");
        assertThat(lines[1]).isEqualTo("age\tn = 9");
        assertThat(clipboard.last()).contains("\u00A0\u00A0donor only\t5 (55.56 %)");
    }

    @Test
    void eachValueOfDefaultsToTheFirstAttributeWithFewValuesNotAgeWithAColumnPerParticipant() {
        org.grounded.model.Project study = org.grounded.model.Project.create("Ages and roles");
        org.grounded.model.EntityEdit.Builder setup = org.grounded.model.EntityEdit.builder("Set up")
                .add(org.grounded.model.AttributeDefinition.of("age", org.grounded.model.AttributeType.NUMBER,
                        org.grounded.model.AttributeScope.PARTICIPANT))
                .add(org.grounded.model.AttributeDefinition.of("role", org.grounded.model.AttributeType.CATEGORY,
                        org.grounded.model.AttributeScope.PARTICIPANT));
        String[] roles = {"donor", "recipient", "both"};
        for (int i = 0; i < 8; i++) {
            setup.add(org.grounded.model.Participant.of("P" + i).withAttributes(java.util.Map.of(
                    "age", org.grounded.model.AttributeValue.number(25 + i),
                    "role", org.grounded.model.AttributeValue.category(roles[i % 3]))));
        }
        study.apply(setup.build());
        ParticipantStatisticsViewModel statistics = new ParticipantStatisticsViewModel(
                AnalysisFixture.workspaceWith(study), dialogs, new CurrentThreadTaskExecutor(), clipboard);

        assertThat(statistics.attributes()).containsExactly("age", "role");
        statistics.splitProperty().set(SplitKind.ATTRIBUTE);

        assertThat(statistics.splitAttributeProperty().get()).as("age has 8 values, role 3").isEqualTo("role");
        assertThat(statistics.request()).isEqualTo(DescriptivesRequest.byAttribute("role"));
    }

    @Test
    void withOnlyManyValuedAttributesTheFirstIsTheDefault() {
        org.grounded.model.Project study = org.grounded.model.Project.create("Ages");
        org.grounded.model.EntityEdit.Builder setup = org.grounded.model.EntityEdit.builder("Set up")
                .add(org.grounded.model.AttributeDefinition.of("age", org.grounded.model.AttributeType.NUMBER,
                        org.grounded.model.AttributeScope.PARTICIPANT))
                .add(org.grounded.model.AttributeDefinition.of("town", org.grounded.model.AttributeType.TEXT,
                        org.grounded.model.AttributeScope.PARTICIPANT));
        for (int i = 0; i < 8; i++) {
            setup.add(org.grounded.model.Participant.of("P" + i).withAttributes(java.util.Map.of(
                    "age", org.grounded.model.AttributeValue.number(25 + i),
                    "town", org.grounded.model.AttributeValue.text("Town " + i))));
        }
        study.apply(setup.build());

        assertThat(org.grounded.analysis.ParticipantAttributes.splitDefault(study))
                .map(org.grounded.model.AttributeDefinition::name).contains("age");
    }

    @Test
    void exportingToXlsxWritesAWorkbookWithTheStatistics() throws IOException {
        viewModel.setActive(true);
        viewModel.splitProperty().set(SplitKind.PARTICIPANT_GROUP);
        dialogs.saveFiles.push(Optional.of(folder.resolve("table-4")));

        viewModel.export(ExportFormat.XLSX);

        Path file = folder.resolve("table-4.xlsx");
        try (org.apache.poi.ss.usermodel.Workbook workbook =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(shown.formatCellValue(cell)).append('|')));
            // By hand from the sample: 9 participants, 5 donors only, 2 recipients only, 2 both.
            assertThat(cells.toString()).contains("All participants|donor only|recipient only|both|")
                    .contains("n = 9|n = 5|n = 2|n = 2|");
        }
    }
}
