package org.grounded.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.grounded.analysis.report.Grouping;
import org.grounded.analysis.report.QuotationFilter;
import org.grounded.analysis.report.QuotationGroup;
import org.grounded.analysis.report.QuotationReports;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.export.report.QuotationsExport;
import org.grounded.export.report.ReportFormat;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grounded quotes PROJECT}: the quotations of codes, documents, participants or a coder. */
@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Print or write quotations in document order, then text order: document, participant (from the speaker "
                + "turns), paragraph (as the transcript shows it), start and end offsets (as stored in the project), "
                + "codes, the exact text, comment, coder and date.",
        "Formats: csv (default), xlsx, json (one row per quotation); md, html, docx (under a heading per code or "
                + "per participant, each quotation with its source line: María, 01-maria, ¶14)."})
final class QuotesCommand implements Callable<Integer> {

    static final Set<ReportFormat> FORMATS = EnumSet.allOf(ReportFormat.class);

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArgument project;

    @Option(names = "--code", paramLabel = "NAME", description = "only quotations with this code (repeatable)")
    List<String> codes = new ArrayList<>();

    @Option(names = "--include-subcodes", description = "a category also takes the quotations of its sub-codes")
    boolean includeSubCodes;

    @Option(names = "--document", paramLabel = "NAME", description = "only quotations in this document (repeatable)")
    List<String> documents = new ArrayList<>();

    @Option(names = "--participant", paramLabel = "NAME",
            description = "only quotations in this participant's words (repeatable)")
    List<String> participants = new ArrayList<>();

    @Option(names = "--coder", paramLabel = "NAME",
            description = "only quotations coded by this coder (repeatable; with --code, a coding of those codes)")
    List<String> coders = new ArrayList<>();

    @Option(names = "--group", paramLabel = "NAME",
            description = "only quotations in the words of a member of this participant group (repeatable)")
    List<String> groups = new ArrayList<>();

    @Option(names = "--attribute", paramLabel = "NAME=VALUE",
            description = "only quotations in the words of a participant with this attribute value (repeatable; "
                    + "values of one attribute are alternatives; \"(no value)\" for participants without one)")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--context", paramLabel = "LINES",
            description = "md, html and docx also show each quotation in context: its own lines and LINES lines "
                    + "before and after, the quotation marked")
    Integer context;

    @Option(names = "--group-by", paramLabel = "code|participant", defaultValue = "code",
            description = "the headings of md, html and docx: each code (default) or each participant")
    String groupBy;

    @Mixin
    OutputOptions output;

    ProjectSource projects = ProjectSource.FILES;

    @Override
    public Integer call() throws Exception {
        ReportTarget target = ReportTarget.of(spec, output.format, output.output, FORMATS, ReportFormat.CSV,
                project.file);
        Grouping grouping = grouping();
        Project loaded = projects.load(project.file);
        QuotationFilter filter = QuotationFilter.ALL
                .withCodes(ids(codes, name -> ProjectNames.code(loaded, name, "--code")), includeSubCodes)
                .withDocuments(ids(documents, name -> ProjectNames.document(loaded, name, "--document")))
                .withParticipants(ids(participants, name -> ProjectNames.participant(loaded, name, "--participant")))
                .withCoders(coders)
                .withGroups(ids(groups, name -> ProjectNames.group(loaded, GroupKind.PARTICIPANT, name, "--group")));
        for (Map.Entry<String, List<String>> wanted : attributeValues(loaded).entrySet()) {
            filter = filter.withAttribute(wanted.getKey(), wanted.getValue());
        }
        if (context != null && context < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--context is a number of lines, 0 or more, not " + context);
        }
        QuotationReports reports = QuotationReports.of(loaded);
        List<QuotationRow> chosen = reports.rows(filter);
        List<QuotationRow> rows = context == null ? chosen : reports.withContext(chosen, context);
        List<QuotationGroup> groups = reports.group(rows, grouping);
        String title = "Quotations of " + loaded.info().name();
        target.write(out -> QuotationsExport.write(rows, groups, title, target.format(), out),
                () -> QuotationsExport.text(rows, groups, title, target.format()));
        return 0;
    }

    private Grouping grouping() {
        return switch (groupBy.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "code", "codes" -> Grouping.CODE;
            case "participant", "participants" -> Grouping.PARTICIPANT;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--group-by is code or participant, not '" + groupBy + "'");
        };
    }

    /** The --attribute options by attribute (as the project spells it), each with its wanted values. */
    private Map<String, List<String>> attributeValues(Project loaded) {
        Map<String, List<String>> values = new java.util.LinkedHashMap<>();
        for (String option : attributes) {
            int equals = option.indexOf('=');
            if (equals <= 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--attribute is NAME=VALUE, such as Role=mother, not '" + option + "'");
            }
            String name = org.grounded.analysis.ParticipantAttributes.named(loaded, option.substring(0, equals)).name();
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(option.substring(equals + 1).strip());
        }
        return values;
    }

    private static List<UUID> ids(List<String> names, java.util.function.Function<String, UUID> find) {
        return names.stream().map(find).toList();
    }
}
