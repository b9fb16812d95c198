package org.grounded.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.grounded.analysis.citations.CitationFilter;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.citations.ColumnsBy;
import org.grounded.analysis.citations.RowCodes;
import org.grounded.export.table.CitationTableExport;
import org.grounded.export.table.ExportFormat;
import org.grounded.export.table.MarksDisplay;
import org.grounded.model.CodingLevel;
import org.grounded.model.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code grounded table PROJECT}: the citations table, codes by participants. */
@Command(name = "table", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Print or write the citations table: one row per code with the number of quotations (citations) in each "
                + "participant's words, a rank by number of citations (1 = most cited, ties share a rank: 1, 2, 2, 4) "
                + "and a Total column.",
        "Formats: csv, tsv, xlsx, md, html. The filters are the citations window's.",
        "A category's row counts the distinct quotations coded with it or any of its sub-codes. The Total counts "
                + "each quotation once, so it can be less than the sum of the columns (a quotation across two "
                + "participants' turns) or more (the interviewer's words belong to no participant)."})
final class TableCommand extends TableWritingCommand {

    static final Set<ExportFormat> FORMATS =
            EnumSet.of(ExportFormat.CSV, ExportFormat.TSV, ExportFormat.XLSX, ExportFormat.MARKDOWN, ExportFormat.HTML);

    @Option(names = "--by", paramLabel = "COLUMNS", converter = ColumnsConverter.class,
            description = "columns: participant (default), document, group (participant groups) or attribute:NAME "
                    + "(one column per value of a participant attribute)")
    ColumnsBy columns = ColumnsBy.participants();

    @Option(names = "--codes", paramLabel = "ROWS", converter = RowsConverter.class,
            description = "rows: all (default), categories (codes with sub-codes) or level:open|axial|selective")
    CodeRows rows = CodeRows.ALL;

    @Option(names = "--marks", description = "append * to the largest values of each column and ** to the largest "
            + "totals in csv, md and html (xlsx always shows them)")
    boolean marks;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5",
            description = "how many of the largest values to mark (default: ${DEFAULT-VALUE}); ties at the boundary "
                    + "are all marked, zero never")
    int top;

    @Mixin
    CitationFilterOptions filters;

    @Mixin
    CoderOptions coders;

    @Override
    Set<ExportFormat> formats() {
        return FORMATS;
    }

    @Override
    void checkOptions() {
        if (top < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 0 or more, not " + top);
        }
    }

    @Override
    ExportTarget.Export export(Project loaded) {
        CitationTableRequest request = filters.applyTo(CitationTableRequest.defaults().withColumns(columns)
                .withRows(rows.rows()).withFilter(CitationFilter.NONE.withLevels(rows.levels())).withTop(top), loaded);
        CitationTable table = CitationTables.compute(coders.applyTo(loaded), request);
        MarksDisplay display = marks ? MarksDisplay.SHOWN : MarksDisplay.HIDDEN;
        return (format, out) -> CitationTableExport.write(table, format, display, out);
    }

    /** The rows {@code --codes} asks for. */
    record CodeRows(RowCodes rows, Set<CodingLevel> levels) {
        static final CodeRows ALL = new CodeRows(RowCodes.ALL_CODES, Set.of());
    }

    static final class ColumnsConverter implements CommandLine.ITypeConverter<ColumnsBy> {
        @Override
        public ColumnsBy convert(String value) {
            String lower = value.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith("attribute:") && lower.length() > "attribute:".length()) {
                return ColumnsBy.attribute(value.strip().substring("attribute:".length()));
            }
            return switch (lower) {
                case "participant", "participants" -> ColumnsBy.participants();
                case "document", "documents" -> ColumnsBy.documents();
                case "group", "groups" -> ColumnsBy.participantGroups();
                default -> throw new CommandLine.TypeConversionException("'" + value
                        + "' is not participant, document, group or attribute:NAME");
            };
        }
    }

    static final class RowsConverter implements CommandLine.ITypeConverter<CodeRows> {
        @Override
        public CodeRows convert(String value) {
            String lower = value.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith("level:")) {
                CodingLevel level = new CitationFilterOptions.LevelConverter().convert(lower.substring("level:".length()));
                return new CodeRows(RowCodes.ALL_CODES, Set.of(level));
            }
            return switch (lower) {
                case "all" -> CodeRows.ALL;
                case "categories" -> new CodeRows(RowCodes.CATEGORIES, Set.of());
                default -> throw new CommandLine.TypeConversionException("'" + value
                        + "' is not all, categories or level:LEVEL");
            };
        }
    }
}
