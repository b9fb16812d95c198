package org.grounded.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.grounded.files.AtomicFileWriter;
import org.grounded.export.table.ExportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where an export command's result goes: the file given with {@code -o} (in the format asked for,
 * else the one its extension names, else CSV), or standard output for text formats.
 */
final class ExportTarget {

    private final CommandSpec spec;
    private final Path file;
    private final ExportFormat format;

    private ExportTarget(CommandSpec spec, Path file, ExportFormat format) {
        this.spec = spec;
        this.file = file;
        this.format = format;
    }

    /**
     * @param formatName the {@code --format} option, null when not given
     * @param file       the {@code -o} option, null for standard output
     * @throws CommandLine.ParameterException for a format this command cannot write, or a binary
     *                                        format without a file
     */
    static ExportTarget of(CommandSpec spec, String formatName, Path file, Set<ExportFormat> allowed) {
        ExportFormat format;
        try {
            format = formatName != null ? ExportFormat.parse(formatName)
                    : file != null ? ExportFormat.ofFileName(file.getFileName().toString()).orElse(ExportFormat.CSV)
                    : ExportFormat.CSV;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!allowed.contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + spec.name() + "' writes "
                    + allowed.stream().map(ExportFormat::option).collect(Collectors.joining(", "))
                    + ", not " + format.option());
        }
        if (!format.isText() && file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    format.option() + " is not text: give the file to write with -o FILE");
        }
        return new ExportTarget(spec, file, format);
    }

    ExportFormat format() {
        return format;
    }

    /** Writes to the file, or prints {@code text} (computed only then) to standard output. */
    void write(AtomicFileWriter.Content content, java.util.function.Supplier<String> text) throws IOException {
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
