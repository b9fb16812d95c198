package org.grounded.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.analysis.report.Grouping;
import org.grounded.export.table.MarksDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report options file the window saves and {@code grounded report --options} reads. */
class ReportOptionsFileTest {

    @TempDir
    Path folder;

    @Test
    void everyOptionSurvivesTheFile() throws Exception {
        ReportOptions options = new ReportOptions("Apéndice B · 💛", 1, MarksDisplay.HIDDEN,
                CooccurrenceMeasure.C_COEFFICIENT, Grouping.PARTICIPANT, "Figura 2", 2.0,
                EnumSet.of(ReportSection.NETWORK, ReportSection.CITATIONS, ReportSection.MEMOS), List.of("Luis", "Ana"));
        Path file = Files.write(folder.resolve("options.json"), ReportOptionsFile.json(options));

        ReportOptions read = ReportOptionsFile.read(file);

        assertThat(read).isEqualTo(options);
        assertThat(read.sections()).containsExactly(ReportSection.CITATIONS, ReportSection.MEMOS, ReportSection.NETWORK);
        assertThat(read.coders()).containsExactly("Luis", "Ana");
        assertThat(read.figureMinWeight()).isEqualTo(2.0);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"sections\" : [ \"CITATIONS\", \"MEMOS\", \"NETWORK\" ]", "\"grouping\" : \"PARTICIPANT\"",
                "\"title\" : \"Apéndice B · 💛\"");
    }

    @Test
    void aFileWrittenByHandWithOnlySomePartsTakesTheDefaultsForTheRest() throws Exception {
        Path file = Files.writeString(folder.resolve("mine.json"), "{\"sections\": [\"codebook\", \"memos\"], \"examples\": 0}");

        ReportOptions read = ReportOptionsFile.read(file);

        assertThat(read).isEqualTo(new ReportOptions(null, 0, null, null, null, null,
                EnumSet.of(ReportSection.CODEBOOK, ReportSection.MEMOS), null));
        assertThat(read.includes(ReportSection.CITATIONS)).isFalse();
        assertThat(ReportOptions.DEFAULTS.sections()).containsExactly(ReportSection.values());
        assertThat(ReportOptions.DEFAULTS.coderFilter().isAll()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"sections\": [\"TABLES\"]| TABLES",
            "{\"examples\": -2}| examples cannot be negative",
            "{\"exampels\": 2}| exampels",
            "{\"title\": \"unfinished| line 1",
            "''| empty"})
    void aBrokenFileGetsOneLineNamingTheFile(String content, String problem) throws Exception {
        Path file = Files.writeString(folder.resolve("broken options.json"), content);

        assertThatThrownBy(() -> ReportOptionsFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Report options " + file + ": ").hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = folder.resolve("nowhere.json");
        assertThatThrownBy(() -> ReportOptionsFile.read(file)).hasMessage("Report options " + file + ": no such file");
    }
}
