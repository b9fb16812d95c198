package org.grounded.cli;

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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code grounded stats PROJECT}: descriptive statistics of the participants' attributes. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Print or write descriptive statistics of the participants, as the Participant statistics window shows "
                + "and copies them: for each attribute, each value as 'n (p %)' (a (no value) row when someone "
                + "has none), or n, mean, median, sample standard deviation (SD, n - 1), minimum and maximum of "
                + "numbers, or the earliest, median and latest dates.",
        "Figures show at most two decimals, rounded half up. Formats: csv, tsv, md."})
final class StatsCommand extends TableWritingCommand {

    static final Set<ExportFormat> FORMATS = EnumSet.of(ExportFormat.CSV, ExportFormat.TSV, ExportFormat.MARKDOWN);

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "also describe each value of this participant "
            + "attribute separately; 'group' splits by participant group instead (write attribute:group for an "
            + "attribute named group)")
    String split;

    @Override
    Set<ExportFormat> formats() {
        return FORMATS;
    }

    @Override
    ExportTarget.Export export(Project loaded) {
        ParticipantDescriptives descriptives = Descriptives.ofParticipants(loaded, request());
        return (format, out) -> DescriptivesExport.write(descriptives, format, out);
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
