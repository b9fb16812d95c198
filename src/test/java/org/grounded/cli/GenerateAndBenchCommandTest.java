package org.grounded.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Project;
import org.grounded.ui.main.HeadlessWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateAndBenchCommandTest {

    private static final String[] SMALL = {"--documents", "4", "--words", "400", "--codes", "12", "--quotations",
        "90", "--participants", "6", "--seed", "9"};

    @TempDir
    Path folder;

    private static String[] args(String command, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(SMALL));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void generateWritesAProjectOfTheSizeAskedForAndTheSameBytesForTheSameSeed() throws Exception {
        Path first = folder.resolve("first.grounded");
        Path second = folder.resolve("second.grounded");

        CommandLineRun run = CommandLineRun.of(args("generate", "-o", first.toString()));
        CommandLineRun again = CommandLineRun.of(args("generate", "-o", second.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(again.exitCode()).isZero();
        assertThat(run.out()).contains("4 documents of 400 words", "6 participants", "12 codes", "90 quotations");
        Project project = new ProjectFileStore().load(first);
        assertThat(project.documents()).hasSize(4);
        assertThat(project.codes()).hasSize(12);
        assertThat(project.quotations()).hasSize(90);
        assertThat(project.participants()).hasSize(6);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void generateRefusesAnExistingFileAndAnUnknownFormatInOneLine() throws Exception {
        Path existing = Files.writeString(folder.resolve("study.qdpx"), "not mine");

        CommandLineRun exists = CommandLineRun.of(args("generate", "-o", existing.toString()));
        CommandLineRun unknown = CommandLineRun.of(args("generate", "-o", folder.resolve("study.txt").toString()));

        assertThat(exists.exitCode()).isOne();
        assertThat(exists.err()).contains("exists already").doesNotContain("Exception");
        assertThat(Files.readString(existing)).isEqualTo("not mine");
        assertThat(unknown.exitCode()).isOne();
        assertThat(unknown.err()).contains("study.txt", ".grounded or .qdpx");
    }

    @Test
    void benchWindowWithoutTheWindowSaysHowToRunIt() {
        CommandLineRun run = CommandLineRun.of(args("bench", "--window"));

        assertThat(run.exitCode()).isOne();
        assertThat(run.err().strip()).isEqualTo("grounded: bench --window needs the window: run it from the jar "
                + "(java -jar target/grounded.jar bench --window)");
    }

    @Test
    void benchPrintsEveryMeasureAsJsonLinesAndThePeakHeapLast() throws Exception {
        CommandLineRun run = CommandLineRun.of(args("bench", "--runs", "1", "--folder", folder.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("measure").asText()).containsExactly("generate", "save",
                "project_file_mb", "open", "citations_table", "cooccurrence", "cooccurrence_allpairs",
                "cooccurrence_vs_allpairs_ratio", "network_build", "network_layout", "network_size", "index_build",
                "query", "report", "quotations_all", "quotations_category_coder", "coding_action", "coding_action_window", "transcript_view", "peak_heap_mb");
        assertThat(lines.get(lines.size() - 1).get("value").asDouble()).isPositive();
        assertThat(lines.get(lines.size() - 1).get("after_gc_mb").asDouble()).isPositive();
        assertThat(lines.get(7).get("matrices_equal").asBoolean()).isTrue();
        assertThat(lines.get(12).get("runs").asInt()).isEqualTo(300);
        assertThat(lines.get(lines.size() - 3).get("skipped").asText()).contains("launcher");
        assertThat(lines.get(lines.size() - 2).get("skipped").asText()).contains("launcher");
        assertThat(lines).filteredOn(line -> line.has("median_ms"))
                .allSatisfy(line -> assertThat(line.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(
                        line.get("median_ms").asDouble()));
        try (var left = Files.list(folder)) {
            assertThat(left).as("the bench cleans up after itself").isEmpty();
        }
    }

    @Test
    void withTheWindowsViewModelsTheBenchTimesTheirShareOfACodingAction() throws Exception {
        List<Integer> panes = new ArrayList<>();
        WindowModels models = (project, file, journal, documentId, codeId) -> {
            HeadlessWorkbench workbench = HeadlessWorkbench.open(project, file, journal, "bench",
                    java.time.Clock.systemUTC());
            workbench.show(documentId, codeId);
            panes.add(workbench.paneCount());
            return workbench::code;
        };

        CommandLineRun run = CommandLineRun.with(models, args("bench", "--runs", "1", "--folder", folder.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode window = null;
        for (String line : run.out().strip().split("\n")) {
            JsonNode node = json.readTree(line);
            if (node.get("measure").asText().equals("coding_action_window")) {
                window = node;
            }
        }
        assertThat(panes).containsExactly(11);
        assertThat(window).isNotNull();
        assertThat(window.has("skipped")).isFalse();
        assertThat(window.get("runs").asInt()).isEqualTo(1_000);
        assertThat(window.get("edits").asInt()).as("most actions code something new").isGreaterThan(500);
        assertThat(window.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(window.get("median_ms").asDouble());
    }
}
