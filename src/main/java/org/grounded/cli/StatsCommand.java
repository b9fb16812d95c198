package org.grounded.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.grounded.analysis.descriptive.Descriptives;
import org.grounded.analysis.descriptive.DescriptivesRequest;
import org.grounded.analysis.descriptive.ParticipantDescriptives;
import org.grounded.export.table.DescriptivesExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.model.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grounded stats PROJECT}: descriptive statistics of the participants' attributes. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Print or write descriptive statistics of the participants: for each attribute, counts and percentages "
                + "of its values (with a (no value) row), or n, mean, median, sample standard deviation (n - 1), "
                + "min and max of numbers, or the earliest, median and latest dates.",
        "Figures show at most two decimals, rounded half up."})
final class StatsCommand implements Callable<Integer> {

    static final Set<ExportFormat> FORMATS = EnumSet.of(ExportFormat.CSV, ExportFormat.TSV, ExportFormat.MARKDOWN);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a .grounded project file")
    Path projectFile;

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "also describe each value of this participant "
            + "attribute separately; 'group' splits by participant group instead (write attribute:group for an "
            + "attribute named group)")
    String split;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, tsv or md (default: from the -o file's extension, else csv)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    ProjectSource projects = ProjectSource.FILES;

    @Override
    public Integer call() throws Exception {
        ExportTarget target = ExportTarget.of(spec, format, output, FORMATS);
        Project project = projects.load(projectFile);
        ParticipantDescriptives descriptives = Descriptives.ofParticipants(project, request());
        target.write(out -> DescriptivesExport.write(descriptives, target.format(), out),
                () -> DescriptivesExport.text(descriptives, target.format()));
        return 0;
    }

    private DescriptivesRequest request() {
        if (split == null || split.isBlank()) {
            return DescriptivesRequest.all();
        }
        String lower = split.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("group") || lower.equals("groups")) {
            return DescriptivesRequest.byParticipantGroup();
        }
        return DescriptivesRequest.byAttribute(lower.startsWith("attribute:")
                ? split.strip().substring("attribute:".length()) : split);
    }
}
