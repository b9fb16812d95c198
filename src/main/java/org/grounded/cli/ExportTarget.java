package org.grounded.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.grounded.files.AtomicFileWriter;
import org.grounded.export.table.ExportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where an export command's result goes: the file given with {@code -o} (in the format asked for,
 * else the one its extension names, else CSV), or standard output for text formats. The file is
 * checked by {@link OutputFiles} against the command's inputs (its positional path parameters).
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
        if (file != null) {
            OutputFiles.check(file, OutputFiles.Writes.OTHER, inputs(spec));
        }
        return new ExportTarget(spec, file, format);
    }

    /** The files the command reads: its positional parameters that are paths. */
    private static List<Path> inputs(CommandSpec spec) {
        List<Path> inputs = new ArrayList<>();
        for (CommandLine.Model.PositionalParamSpec parameter : spec.positionalParameters()) {
            Object value = parameter.getValue();
            if (value instanceof Path path) {
                inputs.add(path);
            } else if (value instanceof Collection<?> values) {
                values.stream().filter(Path.class::isInstance).map(Path.class::cast).forEach(inputs::add);
            }
        }
        return inputs;
    }

    ExportFormat format() {
        return format;
    }

    /** Writes an export in this target's format. */
    @FunctionalInterface
    interface Export {
        void write(ExportFormat format, OutputStream out) throws IOException;
    }

    /** Writes to the file, or prints the export (a text format, UTF-8) to standard output. */
    void write(Export export) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (file == null) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            export.write(format, text);
            out.print(text.toString(StandardCharsets.UTF_8));
        } else {
            AtomicFileWriter.withoutBackup().write(file, stream -> export.write(format, stream));
            out.printf("Wrote %s%n", file);
        }
        out.flush();
    }
}
