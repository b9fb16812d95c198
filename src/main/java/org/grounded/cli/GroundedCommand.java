package org.grounded.cli;

import java.io.PrintWriter;
import org.grounded.io.SizeLimits;
import org.grounded.io.project.ProjectFileException;
import org.grounded.io.project.ProjectLockedException;
import org.grounded.io.refi.RefiImportException;
import org.grounded.io.transcript.TranscriptImportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line's root: {@code grounded SUBCOMMAND ...}. Every subcommand is registered in the
 * {@code subcommands} list below, and only there.
 */
@Command(name = "grounded", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Qualitative data analysis without a window, for scripts and reproducible papers. "
                + "Run without arguments to open the window.",
        subcommands = {InfoCommand.class, ImportCommand.class, TableCommand.class, CooccurCommand.class,
                StatsCommand.class, ConvertCommand.class, SearchCommand.class, AutocodeCommand.class,
                WordsCommand.class, NetworkCommand.class, CasesCommand.class, QuotesCommand.class,
                CodebookCommand.class, MemosCommand.class, ReportCommand.class, AgreementCommand.class, MergeCommand.class,
                GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class GroundedCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The window's view models, for the window's part of {@code bench}'s coding action; null without the window. */
    private final WindowModels windowModels;
    /** The window's measures for {@code bench --window}; null when the window is not at hand. */
    private final WindowBenchmark windowBenchmark;
    /** The transcript viewer's measures for {@code bench}'s transcript_view; null when the window is not at hand. */
    private final TranscriptViewBenchmark transcriptViewBenchmark;

    public GroundedCommand() {
        this(null, null, null);
    }

    private GroundedCommand(WindowModels windowModels, WindowBenchmark windowBenchmark,
                            TranscriptViewBenchmark transcriptViewBenchmark) {
        this.windowModels = windowModels;
        this.windowBenchmark = windowBenchmark;
        this.transcriptViewBenchmark = transcriptViewBenchmark;
    }

    /** The window's view models, when the launcher handed them over (for {@code grounded bench}). */
    java.util.Optional<WindowModels> windowModels() {
        return java.util.Optional.ofNullable(windowModels);
    }

    /** The window's measures, when the launcher handed them over. */
    java.util.Optional<WindowBenchmark> windowBenchmark() {
        return java.util.Optional.ofNullable(windowBenchmark);
    }

    /** The transcript viewer's measures, when the launcher handed them over. */
    java.util.Optional<TranscriptViewBenchmark> transcriptViewBenchmark() {
        return java.util.Optional.ofNullable(transcriptViewBenchmark);
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /**
     * Runs the command line with what the launcher knows of the window (either may be null: none) and
     * returns the exit code.
     */
    public static int run(WindowModels windowModels, WindowBenchmark windowBenchmark, String... args) {
        return run(windowModels, windowBenchmark, null, args);
    }

    /** As {@link #run(WindowModels, WindowBenchmark, String...)}, with the transcript viewer's measures too. */
    public static int run(WindowModels windowModels, WindowBenchmark windowBenchmark,
                          TranscriptViewBenchmark transcriptViewBenchmark, String... args) {
        CommandLine commandLine = commandLine(windowModels, windowBenchmark, transcriptViewBenchmark);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Picocli passes errors on; the large allocations that failed are garbage again here.
            commandLine.getErr().println("grounded: there is not enough memory for this ("
                    + SizeLimits.describe(Runtime.getRuntime().maxMemory())
                    + " may be used); run it again with more, such as java -Xmx4g -jar grounded.jar ...");
            commandLine.getErr().flush();
            return 1;
        }
    }

    /** The configured command line, also for tests that capture its output. */
    public static CommandLine commandLine() {
        return commandLine(null, null);
    }

    /** The configured command line with the window's view models and measures for {@code bench}. */
    public static CommandLine commandLine(WindowModels windowModels, WindowBenchmark windowBenchmark) {
        return commandLine(windowModels, windowBenchmark, null);
    }

    /** The configured command line with all the launcher knows of the window (any may be null: none). */
    public static CommandLine commandLine(WindowModels windowModels, WindowBenchmark windowBenchmark,
                                          TranscriptViewBenchmark transcriptViewBenchmark) {
        CommandLine commandLine = new CommandLine(new GroundedCommand(windowModels, windowBenchmark,
                transcriptViewBenchmark));
        commandLine.setExecutionExceptionHandler(GroundedCommand::reportError);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Expected failures (a bad file, a locked project) get one clear line, not a stack trace. */
    private static int reportError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof ProjectFileException || e instanceof ProjectLockedException
                || e instanceof TranscriptImportException || e instanceof RefiImportException
                || e instanceof java.io.IOException
                || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            err.println("grounded: " + e.getMessage());
        } else {
            err.println("grounded: unexpected error: " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
