package org.grounded.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.grounded.analysis.report.Codebook;
import org.grounded.analysis.report.CodebookRow;
import org.grounded.export.report.CodebookExport;
import org.grounded.export.report.ReportFormat;
import org.grounded.io.refi.QdcExporter;
import org.grounded.model.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grounded codebook PROJECT}: every code with its definition, figures and example quotations. */
@Command(name = "codebook", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Print or write the codebook: every code and category in tree order with its level, core mark, "
                + "description, parent, colour, number of quotations (a category's include its sub-codes', each once) "
                + "and of participants, and example quotations.",
        "Formats: md (default), html, docx, csv, xlsx, and qdc (the REFI-QDA codebook other tools import)."})
final class CodebookCommand implements Callable<Integer> {

    static final Set<ReportFormat> FORMATS = EnumSet.of(ReportFormat.MARKDOWN, ReportFormat.HTML, ReportFormat.DOCX,
            ReportFormat.CSV, ReportFormat.XLSX);

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArgument project;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
            description = "example quotations per code (default: ${DEFAULT-VALUE})")
    int examples;

    @Mixin
    OutputOptions output;

    ProjectSource projects = ProjectSource.FILES;

    @Override
    public Integer call() throws Exception {
        if (examples < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--examples cannot be negative: " + examples);
        }
        if (isQdc()) {
            return writeQdc();
        }
        ReportTarget target = ReportTarget.of(spec, output.format, output.output, FORMATS, ReportFormat.MARKDOWN,
                project.file);
        Project loaded = projects.load(project.file);
        List<CodebookRow> rows = Codebook.rows(loaded, examples);
        String title = "Codebook of " + loaded.info().name();
        target.write(out -> CodebookExport.write(rows, title, target.format(), out),
                () -> CodebookExport.text(rows, title, target.format()));
        return 0;
    }

    private boolean isQdc() {
        return output.format != null ? output.format.strip().equalsIgnoreCase("qdc")
                : output.output != null && output.output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdc");
    }

    private int writeQdc() throws Exception {
        Path file = output.output;
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "qdc: give the file to write with -o FILE");
        }
        OutputFiles.check(file, OutputFiles.Writes.OTHER, project.file);
        Project loaded = projects.load(project.file);
        new QdcExporter().export(loaded, file).lines().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().printf("Wrote %s%n", file);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
