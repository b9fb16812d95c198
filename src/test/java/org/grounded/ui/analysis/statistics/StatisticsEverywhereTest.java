package org.grounded.ui.analysis.statistics;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grounded.cli.GroundedCommand;
import org.grounded.export.table.ExportFormat;
import org.grounded.export.table.Rfc4180;
import org.grounded.export.table.StatisticsLine;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participant statistics of the sample study are the same table on screen, in Copy, in the
 * exported file and from {@code grounded stats}. The expected rows were worked out by hand from
 * the nine participants in samples/milk-donation.grounded (ages 26–34, mean 30, sample SD
 * √7.5 = 2.74; 5 donors of 9 = 55.56 %; 5 interview dates, median 2025-03-21, 4 without one).
 */
class StatisticsEverywhereTest {

    private static final String IN = "\u00A0\u00A0";

    private static final List<List<String>> EXPECTED = List.of(
            List.of("", "All participants"),
            List.of("age", "n = 9"),
            List.of(IN + "n", "9"),
            List.of(IN + "Mean", "30"),
            List.of(IN + "Median", "30"),
            List.of(IN + "SD", "2.74"),
            List.of(IN + "Minimum", "26"),
            List.of(IN + "Maximum", "34"),
            List.of("role", "n = 9"),
            List.of(IN + "donor only", "5 (55.56 %)"),
            List.of(IN + "recipient only", "2 (22.22 %)"),
            List.of(IN + "both", "2 (22.22 %)"),
            List.of("breastfeeding style", "n = 9"),
            List.of(IN + "exclusive", "6 (66.67 %)"),
            List.of(IN + "mixed", "3 (33.33 %)"),
            List.of("country", "n = 9"),
            List.of(IN + "Mexico", "4 (44.44 %)"),
            List.of(IN + "Malaysia", "5 (55.56 %)"),
            List.of("child age (months)", "n = 9"),
            List.of(IN + "n", "9"),
            List.of(IN + "Mean", "5.33"),
            List.of(IN + "Median", "5"),
            List.of(IN + "SD", "2"),
            List.of(IN + "Minimum", "2"),
            List.of(IN + "Maximum", "9"),
            List.of("interview date", "n = 9"),
            List.of(IN + "n", "5"),
            List.of(IN + "Earliest", "2025-03-14"),
            List.of(IN + "Median", "2025-03-21"),
            List.of(IN + "Latest", "2025-04-01"),
            List.of(IN + "No value", "4"),
            List.of("data source", "n = 9"),
            List.of(IN + "video interview", "5 (55.56 %)"),
            List.of(IN + "Facebook posts", "4 (44.44 %)"));

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private final AnalysisFixture.RecordingClipboard clipboard = new AnalysisFixture.RecordingClipboard();
    private final ParticipantStatisticsViewModel viewModel = new ParticipantStatisticsViewModel(
            AnalysisFixture.workspaceWith(AnalysisFixture.sample()), dialogs, new CurrentThreadTaskExecutor(), clipboard);

    @Test
    void theWindowShowsTheTable() {
        viewModel.setActive(true);

        List<List<String>> screen = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(viewModel.parts());
        screen.add(header);
        for (StatisticsLine line : viewModel.lines()) {
            List<String> row = new ArrayList<>();
            row.add(line.kind() == StatisticsLine.Kind.ENTRY ? IN + line.label() : line.label());
            row.addAll(line.cells());
            screen.add(row);
        }
        assertThat(screen).isEqualTo(EXPECTED);
    }

    @Test
    void copyPutsTheSameTableOnTheClipboard() {
        viewModel.setActive(true);

        viewModel.copy();

        assertThat(Rfc4180.parse(clipboard.last(), '\t')).isEqualTo(EXPECTED);
    }

    @Test
    void theExportedFileHoldsTheSameTable() throws IOException {
        viewModel.setActive(true);
        dialogs.saveFiles.push(Optional.of(folder.resolve("participants.csv")));

        viewModel.export(ExportFormat.CSV);

        String written = Files.readString(folder.resolve("participants.csv"), StandardCharsets.UTF_8);
        assertThat(Rfc4180.parse(written, ',')).isEqualTo(EXPECTED);
    }

    @Test
    void groundedStatsPrintsTheSameTable() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = GroundedCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));

        assertThat(commandLine.execute("stats", AnalysisFixture.SAMPLE.toString())).isZero();

        assertThat(Rfc4180.parse(out.toString(), ',')).isEqualTo(EXPECTED);
    }
}
