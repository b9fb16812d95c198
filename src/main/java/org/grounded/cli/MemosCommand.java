package org.grounded.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.grounded.analysis.report.MemoFilter;
import org.grounded.analysis.report.MemoRow;
import org.grounded.analysis.report.Memos;
import org.grounded.export.report.MemosExport;
import org.grounded.export.report.ReportFormat;
import org.grounded.model.MemoKind;
import org.grounded.model.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grounded memos PROJECT}: the memos, oldest first, with their links and linked quotations. */
@Command(name = "memos", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Print or write the memos, oldest first, each with what it is about (the project, documents, codes, "
                + "quotations) and the text of the quotations it is linked to.",
        "Each memo is a memo, a field note or a reflective journal entry (--kind memo|field-note|journal).",
        "Formats: md (default), html, docx, csv."})
final class MemosCommand implements Callable<Integer> {

    static final Set<ReportFormat> FORMATS = EnumSet.of(ReportFormat.MARKDOWN, ReportFormat.HTML, ReportFormat.DOCX,
            ReportFormat.CSV);

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArgument project;

    @Option(names = "--author", paramLabel = "NAME", description = "only memos by this author")
    String author;

    @Option(names = "--link", paramLabel = "KIND",
            description = "only memos about a project, document, code, quotation or participant")
    String link;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "only memos of this kind: memo, field-note or journal")
    String kind;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "only memos written on or after this day (UTC)")
    String from;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "only memos written on or before this day (UTC)")
    String until;

    @Mixin
    OutputOptions output;

    ProjectSource projects = ProjectSource.FILES;

    @Override
    public Integer call() throws Exception {
        ReportTarget target = ReportTarget.of(spec, output.format, output.output, FORMATS, ReportFormat.MARKDOWN,
                project.file);
        MemoFilter filter = new MemoFilter(author, link, day(from, "--from", 0), day(until, "--until", 1), kind());
        Project loaded = projects.load(project.file);
        List<MemoRow> rows = Memos.rows(loaded, filter);
        String title = "Memos of " + loaded.info().name();
        target.write(out -> MemosExport.write(rows, title, target.format(), out),
                () -> MemosExport.text(rows, title, target.format()));
        return 0;
    }

    private MemoKind kind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return MemoKind.parse(kind).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "--kind is memo, field-note or journal, not '" + kind + "'"));
    }

    private Instant day(String text, String option, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " is a day such as 2026-03-05, not '"
                    + text + "'");
        }
    }
}
