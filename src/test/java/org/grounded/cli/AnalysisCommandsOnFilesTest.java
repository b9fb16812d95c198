package org.grounded.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grounded.analysis.SmallStudy;
import org.grounded.io.project.ProjectFileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis commands on real project files, from the command line's own entry point. */
class AnalysisCommandsOnFilesTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = GroundedCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void aSavedProjectGivesTheSameTableAsTheProjectInMemory() throws IOException {
        SmallStudy study = new SmallStudy();
        study.code(study.interview, "I donated", study.fears);
        study.code(study.focusGroup, "milk helps.\nLim: For", study.fears);
        Path file = folder.resolve("small.grounded");
        new ProjectFileStore().save(study.project, file);

        assertThat(run("table", file.toString(), "--format", "md")).isZero();

        assertThat(out.toString()).contains("| Fears | 1 | 1 | 1 | 1 | 2 |");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aMissingProjectFileIsOneLineNamingIt() {
        Path missing = folder.resolve("missing.grounded");

        assertThat(run("stats", missing.toString())).isEqualTo(1);

        assertThat(err.toString()).startsWith("grounded: ").contains("missing.grounded").doesNotContain("\tat ");
    }

    @Test
    void theExportFileIsNotWrittenWhenTheProjectCannotBeRead() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.grounded"), "{ not json");
        Path output = folder.resolve("table.csv");

        assertThat(run("table", broken.toString(), "-o", output.toString())).isEqualTo(1);

        assertThat(output).doesNotExist();
        assertThat(err.toString()).contains("broken.grounded");
    }
}
