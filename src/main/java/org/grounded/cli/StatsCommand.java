package org.grounded.cli;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.grounded.analysis.AttributeBins;
import org.grounded.analysis.descriptive.Descriptives;
import org.grounded.analysis.descriptive.DescriptivesRequest;
import org.grounded.analysis.descriptive.ParticipantDescriptives;
import org.grounded.export.report.StatisticsExport;
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
                + "and copies them: for each attribute, each value as 'n (p %%)' (a (no value) row when someone "
                + "has none), or n, mean, median, sample standard deviation (SD, n - 1), minimum and maximum of "
                + "numbers, or the earliest, median and latest dates.",
        "Figures show at most two decimals, rounded half up. Formats: csv, tsv, md, and with -o FILE xlsx "
                + "(an Excel sheet) or docx (a Word table).",
        "--bins groups a number attribute into ranges: edges 20,30,40 give 20–30, 30–40 and > 40, each "
                + "holding its lower edge (30 falls in 30–40); 20..50/10 gives equal widths; 4-6,7-9,10-12 gives "
                + "closed ranges. --table lays the table out as a paper's Table 4: '57.50 %% (46)'."})
final class StatsCommand extends TableWritingCommand {

    static final Set<ExportFormat> FORMATS = EnumSet.of(ExportFormat.CSV, ExportFormat.TSV, ExportFormat.MARKDOWN,
            ExportFormat.XLSX, ExportFormat.DOCX);

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "also describe each value of this participant "
            + "attribute separately; 'group' splits by participant group instead (write attribute:group for an "
            + "attribute named group)")
    String split;

    @Option(names = "--bins", paramLabel = "ATTRIBUTE=RANGES", description = "group a number attribute into "
            + "ranges (repeatable): Age=20,30,40 or Age=20..50/10 or 'Child age=4-6,7-9,10-12'")
    Map<String, String> bins = new LinkedHashMap<>();

    @Option(names = "--table", description = "cells as a paper's Table 4: percentage with two decimals, then the "
            + "count, '57.50 %% (46)'")
    boolean table;

    @Option(names = "--of-answered", description = "percentages of the participants who answered, not of all")
    boolean ofAnswered;

    @Option(names = "--missing-label", paramLabel = "TEXT", description = "the label of the row of participants "
            + "without a value (default: (no value))")
    String missingLabel;

    @Override
    Set<ExportFormat> formats() {
        return FORMATS;
    }

    @Override
    ExportTarget.Export export(Project loaded) {
        DescriptivesRequest request = request();
        for (Map.Entry<String, String> entry : bins.entrySet()) {
            request = request.withBins(entry.getKey(), AttributeBins.parse(entry.getValue()));
        }
        if (table || ofAnswered || missingLabel != null) {
            request = new DescriptivesRequest(request.split(), request.attributeName(), request.bins(),
                    ofAnswered ? DescriptivesRequest.PercentBase.ANSWERED : DescriptivesRequest.PercentBase.ALL,
                    table, missingLabel);
        }
        ParticipantDescriptives descriptives = Descriptives.ofParticipants(loaded, request);
        return (format, out) -> StatisticsExport.write(descriptives, format, out);
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
