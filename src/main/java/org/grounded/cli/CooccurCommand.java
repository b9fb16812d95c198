package org.grounded.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
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
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code grounded cooccur PROJECT}: the code co-occurrence matrix. */
@Command(name = "cooccur", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Print or write the code co-occurrence matrix. n(A,B) counts the pairs of a coding of A and a coding of B "
                + "whose passages share at least one character; a quotation coded with both counts once.",
        "The c-coefficient is n(A,B) / (n(A) + n(B) - n(A,B)), n(X) being the number of quotations coded X; "
                + "n/a where overlapping quotations pair many to many and leave it undefined.",
        "Formats: csv, tsv, xlsx, md. The code scope and document group are the co-occurrence window's."})
final class CooccurCommand extends TableWritingCommand {

    static final Set<ExportFormat> FORMATS =
            EnumSet.of(ExportFormat.CSV, ExportFormat.TSV, ExportFormat.XLSX, ExportFormat.MARKDOWN);

    @Option(names = "--measure", paramLabel = "MEASURE", converter = MeasureConverter.class,
            description = "count (default) or c (the c-coefficient)")
    CooccurrenceMeasure measure = CooccurrenceMeasure.COUNT;

    @Option(names = "--code-group", paramLabel = "NAME",
            description = "compare the codes of this code group (the window's \"A code group\")")
    String codeGroup;

    @Option(names = "--code", paramLabel = "NAME", description = "compare these codes; repeat it, at least twice "
            + "(the window's \"Chosen codes\")")
    List<String> codes = new ArrayList<>();

    @Option(names = "--document-group", paramLabel = "NAME",
            description = "count only in the documents of this document group")
    String documentGroup;

    @Mixin
    CoderOptions coders;

    @Override
    Set<ExportFormat> formats() {
        return FORMATS;
    }

    @Override
    void checkOptions() {
        if (codeGroup != null && !codes.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --code-group or --code, not both");
        }
    }

    @Override
    ExportTarget.Export export(Project loaded) {
        CooccurrenceMatrix matrix = Cooccurrences.matrix(coders.applyTo(loaded), request(loaded));
        return (format, out) -> CooccurrenceExport.write(matrix, measure, format, out);
    }

    /** The window's code scope (all codes, a code group, chosen codes) and document group. */
    private CooccurrenceRequest request(Project loaded) {
        CooccurrenceRequest request = CooccurrenceRequest.allCodes();
        if (documentGroup != null) {
            request = request.withDocumentGroups(Set.of(
                    ProjectNames.group(loaded, GroupKind.DOCUMENT, documentGroup, "--document-group")));
        }
        if (codeGroup != null) {
            return request.withCodeGroup(loaded, ProjectNames.group(loaded, GroupKind.CODE, codeGroup, "--code-group"));
        }
        if (!codes.isEmpty()) {
            Set<UUID> chosen = new LinkedHashSet<>();
            codes.forEach(name -> chosen.add(ProjectNames.code(loaded, name, "--code")));
            return request.withChosenCodes(loaded, chosen, "Give at least two different codes to compare with --code");
        }
        return request;
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
