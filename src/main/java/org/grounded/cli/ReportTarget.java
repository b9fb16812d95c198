package org.grounded.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.grounded.export.report.ReportFormat;
import org.grounded.files.AtomicFileWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a report command's result goes: the {@code -o} file in the format asked for (else the one
 * its extension names, else the command's default), or standard output for text formats. The file
 * is checked by {@link OutputFiles} against the project it is made from.
 */
final class ReportTarget {

    private final CommandSpec spec;
    private final Path file;
    private final ReportFormat format;

    private ReportTarget(CommandSpec spec, Path file, ReportFormat format) {
        this.spec = spec;
        this.file = file;
        this.format = format;
    }

    /**
     * @param formatName the {@code --format} option, null when not given
     * @throws CommandLine.ParameterException for a format this command cannot write, or a binary
     *                                        format without a file
     */
    static ReportTarget of(CommandSpec spec, String formatName, Path file, Set<ReportFormat> allowed,
                           ReportFormat fallback, Path project) {
        ReportFormat format;
        try {
            format = formatName != null ? ReportFormat.parse(formatName, allowed)
                    : file != null ? ReportFormat.ofFileName(file.getFileName().toString()).orElse(fallback)
                    : fallback;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!allowed.contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + spec.name() + "' writes "
                    + allowed.stream().map(ReportFormat::option).collect(Collectors.joining(", "))
                    + ", not " + format.option());
        }
        if (!format.isText() && file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    format.option() + " is not text: give the file to write with -o FILE");
        }
        if (file != null) {
            OutputFiles.check(file, OutputFiles.Writes.OTHER, List.of(project));
        }
        return new ReportTarget(spec, file, format);
    }

    ReportFormat format() {
        return format;
    }

    /** Writes to the file, or prints {@code text} (computed only then) to standard output. */
    void write(AtomicFileWriter.Content content, Supplier<String> text) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (file == null) {
            out.print(text.get());
        } else {
            AtomicFileWriter.withoutBackup().write(file, content);
            out.printf("Wrote %s%n", file);
        }
        out.flush();
    }
}
