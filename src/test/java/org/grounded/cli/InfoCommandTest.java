package org.grounded.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InfoCommandTest {

    private static final String SAMPLE = "samples/milk-donation.grounded";

    @Test
    void printsTheCountsOfTheSampleStudy() {
        CommandLineRun run = CommandLineRun.of("info", SAMPLE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Milk donation and sharing")
                .containsPattern("Documents\\s+6\\b")
                .containsPattern("Participants\\s+9\\b")
                .containsPattern("Codes\\s+34\\b")
                .containsPattern("Quotations\\s+244\\b")
                .contains("01-maria");
    }

    @Test
    void jsonOutputCarriesTheSameCounts() throws Exception {
        CommandLineRun run = CommandLineRun.of("info", "--json", SAMPLE);

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/counts/documents").asInt()).isEqualTo(6);
        assertThat(json.at("/counts/quotations").asInt()).isEqualTo(244);
        assertThat(json.at("/counts/categories").asInt()).isPositive();
        assertThat(json.at("/documents/0/words").asInt()).isGreaterThan(1000);
    }

    @Test
    void aFileThatIsNotAProjectGetsOneClearLine(@TempDir Path folder) throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.grounded"), "just some notes");

        CommandLineRun run = CommandLineRun.of("info", notes.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("grounded: ").contains("notes.grounded").doesNotContain("\tat ");
    }

    @Test
    void aMissingProjectIsNamed(@TempDir Path folder) {
        CommandLineRun run = CommandLineRun.of("info", folder.resolve("nowhere.grounded").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere.grounded");
    }
}
