package org.grounded.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints, for tests. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(String... args) {
        return with(null, args);
    }

    /** A run with the window's view models handed over, as the launcher does. */
    static CommandLineRun with(WindowModels windowModels, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = GroundedCommand.commandLine(windowModels, null);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }
}
