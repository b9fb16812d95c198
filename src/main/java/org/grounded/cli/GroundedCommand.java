package org.grounded.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line's root: {@code grounded SUBCOMMAND ...}. Subcommands are registered here, and only here. */
@Command(name = "grounded", mixinStandardHelpOptions = true, version = "Grounded 0.1.0",
        description = "Qualitative data analysis without a window: inspect projects, import transcripts.",
        subcommands = {})
public final class GroundedCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return new CommandLine(new GroundedCommand()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
