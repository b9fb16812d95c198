package org.grounded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.grounded.cli.GroundedCommand;
import org.grounded.ui.main.WindowBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import picocli.CommandLine;

/**
 * {@code grounded bench --window} on a tiny study, through the command line as the launcher wires
 * it: every measure's line is printed, none skipped. No timing is asserted (figures belong to the
 * bench, not to tests). TestFX starts JavaFX here, so the bench finds it running and leaves it so.
 */
@ExtendWith(ApplicationExtension.class)
class WindowBenchViewTest {

    @Start
    void start(Stage stage) {
        // Nothing to show: the bench makes its own window.
    }

    @Test
    void benchWindowPrintsALineForEveryMeasure() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = GroundedCommand.commandLine(null, (size, seed, actions, printer) ->
                WindowBench.run(size, seed, actions, printer));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));

        int exit = commandLine.execute("bench", "--window", "--documents", "4", "--words", "400", "--codes", "12",
                "--quotations", "90", "--participants", "6", "--seed", "9", "--actions", "5");

        assertThat(exit).as(out + "\n" + err).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            lines.add(json.readTree(line));
        }
        List<JsonNode> measures = lines.stream().filter(line -> line.has("measure")).toList();
        assertThat(measures).extracting(line -> line.get("measure").asText())
                .containsSubsequence(WindowBench.MEASURES).contains("study");
        assertThat(measures).noneMatch(line -> line.has("skipped"));
        JsonNode coding = measures.stream().filter(line -> line.get("measure").asText().equals("coding_action_ms"))
                .findFirst().orElseThrow();
        assertThat(coding.get("coded").asInt()).as("Enter in the quick-code box coded passages").isPositive();
        assertThat(coding.get("p99").asDouble()).isGreaterThanOrEqualTo(coding.get("p50").asDouble());
        JsonNode saved = measures.stream().filter(line -> line.get("measure").asText().equals("save_bytes_per_edit"))
                .findFirst().orElseThrow();
        assertThat(saved.get("bytes").asLong()).as("the edits reached the disk").isPositive();
    }
}
