package org.grounded.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code grounded bench --only report}: the study report alone, as a full-size run needs it. */
class BenchOnlyTest {

    @TempDir
    Path folder;

    @Test
    void onlyTheNamedMeasureRunsBesideTheGeneratedStudyAndThePeakHeap() throws Exception {
        CommandLineRun run = CommandLineRun.of(new String[] {"bench", "--documents", "4", "--words", "400", "--codes",
            "12", "--quotations", "90", "--participants", "6", "--seed", "9", "--runs", "1", "--only", "report",
            "--folder", folder.toString()});

        assertThat(run.exitCode()).as(run.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("measure").asText())
                .containsExactly("generate", "report", "transcript_view", "peak_heap_mb");
        assertThat(lines.get(1).get("runs").asInt()).isOne();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("the bench's folder, report folders included, is deleted").isEmpty();
        }
    }
}
