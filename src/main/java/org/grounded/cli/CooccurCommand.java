package org.grounded.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.grounded.export.table.CooccurrenceExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.model.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grounded cooccur PROJECT}: the code co-occurrence matrix. */
@Command(name = "cooccur", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Print or write the code co-occurrence matrix. n(A,B) counts the pairs of a coding of A and a coding of B "
                + "whose passages share at least one character; a quotation coded with both counts once.",
        "The c-coefficient is n(A,B) / (n(A) + n(B) - n(A,B)), n(X) being the number of quotations coded X; "
                + "n/a where overlapping quotations pair many to many and leave it undefined."})
final class CooccurCommand implements Callable<Integer> {

    static final Set<ExportFormat> FORMATS =
            EnumSet.of(ExportFormat.CSV, ExportFormat.TSV, ExportFormat.XLSX, ExportFormat.MARKDOWN);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a .grounded project file")
    Path projectFile;

    @Option(names = "--measure", paramLabel = "MEASURE", converter = MeasureConverter.class,
            description = "count (default) or c (the c-coefficient)")
    CooccurrenceMeasure measure = CooccurrenceMeasure.COUNT;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, tsv, xlsx or md (default: from the -o file's extension, else csv)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE instead of standard output (required for xlsx)")
    Path output;

    ProjectSource projects = ProjectSource.FILES;

    @Override
    public Integer call() throws Exception {
        ExportTarget target = ExportTarget.of(spec, format, output, FORMATS);
        Project project = projects.load(projectFile);
        CooccurrenceMatrix matrix = Cooccurrences.matrix(project, CooccurrenceRequest.allCodes());
        target.write(out -> CooccurrenceExport.write(matrix, measure, target.format(), out),
                () -> CooccurrenceExport.text(matrix, measure, target.format()));
        return 0;
    }

    static final class MeasureConverter implements CommandLine.ITypeConverter<CooccurrenceMeasure> {
        @Override
        public CooccurrenceMeasure convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "count", "n" -> CooccurrenceMeasure.COUNT;
                case "c", "c-coefficient" -> CooccurrenceMeasure.C_COEFFICIENT;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not count or c");
            };
        }
    }
}
