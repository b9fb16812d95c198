package org.grounded.cli;

import java.nio.file.Path;
import java.util.Set;
import org.grounded.export.table.ExportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --format} and {@code -o} of the commands that write a table (a picocli mixin). */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "one of the formats the command lists above (default: from the -o file's extension, "
                    + "else csv)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE instead of standard output (required for xlsx)")
    Path output;

    /** Where the command writes, checked against the formats it can write. */
    ExportTarget target(CommandSpec command, Set<ExportFormat> allowed) {
        return ExportTarget.of(command, format, output, allowed);
    }
}
