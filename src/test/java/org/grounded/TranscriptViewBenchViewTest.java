package org.grounded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.grounded.cli.GroundedCommand;
import org.grounded.ui.main.TranscriptViewBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import picocli.CommandLine;

/**
 * {@code grounded bench} on a tiny study, through the command line as the launcher wires it: the
 * transcript viewer's measures are printed, not skipped, each with a median and a 99th percentile.
 * No timing is asserted (figures belong to the bench). TestFX starts JavaFX here, so the bench
 * finds it running and leaves it so.
 */
@ExtendWith(ApplicationExtension.class)
class TranscriptViewBenchViewTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        // Nothing to show: the bench makes its own stage.
    }

    @Test
    void benchPrintsTheTranscriptViewersMeasures() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = GroundedCommand.commandLine(null, null, TranscriptViewBench::run);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));

        int exit = commandLine.execute("bench", "--documents", "4", "--words", "400", "--codes", "12",
                "--quotations", "90", "--participants", "6", "--seed", "9", "--runs", "1",
                "--folder", folder.toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            lines.add(json.readTree(line));
        }
        List<JsonNode> viewer = lines.stream().filter(line -> line.get("measure").asText().startsWith("transcript_view"))
                .toList();
        assertThat(viewer).extracting(line -> line.get("measure").asText())
                .containsExactlyElementsOf(TranscriptViewBench.MEASURES);
        assertThat(viewer).allSatisfy(line -> {
            assertThat(line.has("skipped")).isFalse();
            assertThat(line.get("runs").asInt()).isPositive();
            assertThat(line.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(line.get("median_ms").asDouble());
            // The study's whole text is smaller than 100,000 words: one transcript of all of it.
            assertThat(line.get("words").asInt()).isBetween(1_500, 1_700);
            assertThat(line.get("quotations").asInt()).isEqualTo(90);
        });
        assertThat(lines.get(lines.size() - 1).get("measure").asText()).isEqualTo("peak_heap_mb");
    }
}
