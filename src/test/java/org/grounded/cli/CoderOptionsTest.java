package org.grounded.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.grounded.analysis.TwoCoderStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --coder} on {@code table} and {@code cooccur}, against the hand counts of {@link TwoCoderStudy}. */
class CoderOptionsTest {

    private final TwoCoderStudy team = new TwoCoderStudy();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine commandLine;

    @BeforeEach
    void setUp() {
        commandLine = GroundedCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        ProjectSource inMemory = file -> team.study.project;
        ((TableCommand) commandLine.getSubcommands().get("table").getCommand()).projects = inMemory;
        ((CooccurCommand) commandLine.getSubcommands().get("cooccur").getCommand()).projects = inMemory;
    }

    @Test
    void theTableCountsOnlyTheNamedCoder() {
        assertThat(commandLine.execute("table", "study.grounded", "--coder", "Ben")).isZero();

        assertThat(out.toString()).contains("Duty,2,1,0,0,1\r\n").contains("Fears,1,1,0,1,2\r\n");
    }

    @Test
    void coOccurrenceCountsOnlyTheNamedCoders() {
        assertThat(commandLine.execute("cooccur", "study.grounded", "--code", "Duty", "--code", "Fears",
                "--coder", "ann")).isZero();
        String annOnly = out.toString();
        out.getBuffer().setLength(0);
        assertThat(commandLine.execute("cooccur", "study.grounded", "--code", "Duty", "--code", "Fears")).isZero();

        assertThat(annOnly).contains("Duty,,0").contains("Fears,0,");
        assertThat(out.toString()).contains("Duty,,2").contains("Fears,2,");
    }

    @Test
    void anUnknownCoderIsRefusedNamingTheCoders() {
        assertThat(commandLine.execute("table", "study.grounded", "--coder", "Cy")).isNotZero();

        assertThat(err.toString()).contains("no coder 'Cy'").contains("'Ann', 'Ben'");
        assertThat(out.toString()).isEmpty();
    }
}
