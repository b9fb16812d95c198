package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.grounded.analysis.AttributeBins;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.export.table.ExportFormat;
import org.grounded.export.table.ParticipantsTableExport;
import org.grounded.files.AtomicFileWriter;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.EntityEdit;
import org.grounded.model.edits.AttributeEdits;
import org.grounded.io.cases.CaseImportOptions;
import org.grounded.io.cases.CaseSheet;
import org.grounded.io.cases.CaseSheets;
import org.grounded.io.cases.CaseTable;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectLock;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.Project;
import org.grounded.model.edits.CaseColumn;
import org.grounded.model.edits.CaseImportEdits;
import org.grounded.model.edits.CaseImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grounded cases PROJECT import FILE}: participants (or documents) and their attributes
 * from a spreadsheet, one row per case. What changed goes to standard output, each skipped row
 * with its number and reason to standard error. {@code export -o FILE} writes the participants
 * table back as CSV or XLSX; {@code ranges ATTRIBUTE=RANGES} saves ranges with a number attribute.
 */
@Command(name = "cases", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import participants and their attributes from a spreadsheet (CSV with , ; or tab, "
                + "or an Excel .xlsx workbook): the first row names the attributes, each other row is one "
                + "participant. Columns are typed by their values (number, date, category, text). Importing "
                + "again updates values, never duplicates anyone; rows with a problem are skipped whole.",
                "Empty cells and NA, n/a, - stay missing, as do the codes given with --missing.",
                "export -o FILE.csv|FILE.xlsx writes the participants table (participants x attributes) in the "
                        + "same layout; importing it again changes nothing.",
                "ranges Age=20,30,40 ['Child age=4-6,7-9'] saves ranges with number attributes, so the citations "
                        + "table's columns and filters and the statistics group them (Age= stops grouping Age)."})
final class CasesCommand implements Callable<Integer> {

    static final Set<ExportFormat> EXPORT_FORMATS = EnumSet.of(ExportFormat.CSV, ExportFormat.TSV, ExportFormat.XLSX);

    /** Exit code when some rows were skipped. */
    static final int SOME_SKIPPED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .grounded project file (created if absent)")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "ACTION", description = "import, export or ranges")
    String action;

    @Parameters(index = "2..*", paramLabel = "FILE|ATTRIBUTE=RANGES", arity = "0..*",
            description = "import: the spreadsheet (.csv, .tsv, .txt or .xlsx); ranges: ATTRIBUTE=RANGES, one or more")
    List<String> arguments = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "export: the file to write (.csv or "
            + ".xlsx; .tsv for tab-separated)")
    Path output;

    @Option(names = "--id", paramLabel = "COLUMN", description = "the column that names each participant "
            + "(default: a column named Name, Participant, Case or ID, else the first)")
    String idColumn;

    @Option(names = "--sheet", paramLabel = "NAME", description = "the sheet of an .xlsx workbook (default: the first)")
    String sheet;

    @Option(names = "--documents", description = "the rows name documents of the project, not participants")
    boolean documents;

    @Option(names = "--missing", paramLabel = "CODE", split = ",",
            description = "a cell text that means no answer, such as 99 (repeatable or comma-separated)")
    List<String> missing = List.of();

    @Option(names = "--type", paramLabel = "COLUMN=TYPE", description = "the type of a column: number, date, "
            + "category or text (repeatable)")
    Map<String, String> types = new LinkedHashMap<>();

    @Option(names = "--skip", paramLabel = "COLUMN", description = "a column not to import (repeatable)")
    List<String> skip = List.of();

    @Override
    @SuppressWarnings("try") // the lock is held for the whole import, never referenced
    public Integer call() throws Exception {
        String chosen = action.strip().toLowerCase(Locale.ROOT);
        if (chosen.equals("export")) {
            return export();
        }
        if (chosen.equals("ranges")) {
            return ranges();
        }
        if (!chosen.equals("import")) {
            throw new IllegalArgumentException("'" + action + "' is not something cases does; write: grounded cases "
                    + "PROJECT import FILE, export -o FILE or ranges ATTRIBUTE=RANGES");
        }
        if (arguments.size() != 1) {
            throw new IllegalArgumentException("import reads one spreadsheet: grounded cases PROJECT import FILE");
        }
        Path file = Path.of(arguments.get(0));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputFiles.check(projectFile, OutputFiles.Writes.PROJECT, file);
        AttributeScope scope = documents ? AttributeScope.DOCUMENT : AttributeScope.PARTICIPANT;
        try (ProjectLock lock = ProjectLock.acquire(projectFile)) {
            boolean created = !Files.exists(projectFile);
            if (created && documents) {
                throw new IllegalArgumentException(projectFile.getFileName() + ": there is no such project, so it "
                        + "has no documents to describe");
            }
            ProjectFileStore store = new ProjectFileStore();
            Project project = created ? Project.create(projectName()) : store.load(projectFile);
            CaseSheet read = CaseSheets.read(file, sheet);
            Map<String, AttributeType> known = new LinkedHashMap<>();
            project.attributeDefinitions(scope).forEach(d -> known.put(d.name().toLowerCase(Locale.ROOT), d.type()));
            CaseTable table = CaseTable.of(read, new CaseImportOptions(idColumn, new LinkedHashSet<>(missing),
                    parsedTypes(), new LinkedHashSet<>(skip)), known);
            CaseImportResult result = CaseImportEdits.importCases(project, scope, table.columns(), table.rows());
            if (result.edit().isPresent()) {
                project.apply(result.edit().get());
                store.save(project, projectFile);
                if (created) {
                    out.printf("Created project %s%n", projectFile);
                }
            }
            out.printf("Read %s: %d rows; names from column '%s'%n", read.source(), read.rows().size(),
                    table.nameColumn());
            for (CaseColumn column : table.columns()) {
                out.printf("  %-24s %s%n", column.name(), column.type().name().toLowerCase(Locale.ROOT));
            }
            out.printf("%d added, %d updated, %d unchanged, %d skipped%n",
                    result.count(CaseImportResult.Action.ADDED), result.count(CaseImportResult.Action.UPDATED),
                    result.count(CaseImportResult.Action.UNCHANGED), result.count(CaseImportResult.Action.SKIPPED));
            out.flush();
            for (CaseImportResult.Outcome skipped : result.skipped()) {
                err.printf("grounded: %s, row %d: %s%n", read.source(), skipped.row(), skipped.reason());
            }
            if (result.edit().isEmpty()) {
                err.println("grounded: nothing changed" + (created ? "; no project was created"
                        : "; the project is unchanged"));
            }
            err.flush();
            return result.skipped().isEmpty() ? 0 : SOME_SKIPPED;
        }
    }

    /** Writes the participants table: participants x attributes, as import reads it. */
    private int export() throws Exception {
        if (output == null) {
            throw new IllegalArgumentException("export writes a file: grounded cases PROJECT export -o FILE.csv "
                    + "(or FILE.xlsx)");
        }
        if (!arguments.isEmpty()) {
            throw new IllegalArgumentException("export takes no more arguments than -o FILE, not "
                    + String.join(" ", arguments));
        }
        ExportFormat format = ExportFormat.ofFileName(output.getFileName().toString()).orElse(ExportFormat.CSV);
        if (!EXPORT_FORMATS.contains(format)) {
            throw new IllegalArgumentException(output.getFileName() + ": the participants table is written as .csv, "
                    + ".tsv or .xlsx");
        }
        OutputFiles.check(output, OutputFiles.Writes.OTHER, projectFile);
        Project project = new ProjectFileStore().load(projectFile);
        AtomicFileWriter.withoutBackup().write(output, stream -> ParticipantsTableExport.write(project, format,
                stream));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote %s: %d participants, %d attributes%n", output, project.participants().size(),
                ParticipantAttributes.all(project).size());
        out.flush();
        return 0;
    }

    /** Saves ranges with number attributes (all or none: a range that does not read changes nothing). */
    @SuppressWarnings("try") // the lock is held while the project is changed, never referenced
    private int ranges() throws Exception {
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("ranges needs ATTRIBUTE=RANGES, such as: grounded cases PROJECT "
                    + "ranges Age=20,30,40");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectLock lock = ProjectLock.acquire(projectFile)) {
            ProjectFileStore store = new ProjectFileStore();
            Project project = store.load(projectFile);
            boolean changed = false;
            for (String argument : arguments) {
                int equals = argument.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("'" + argument + "' is not ATTRIBUTE=RANGES, such as "
                            + "Age=20,30,40");
                }
                String name = argument.substring(0, equals).strip();
                String ranges = argument.substring(equals + 1).strip();
                AttributeDefinition attribute = ParticipantAttributes.named(project, name);
                if (project.find(AttributeDefinition.class, attribute.id()).isEmpty()) {
                    throw new IllegalArgumentException("'" + attribute.name() + "' is on participants but not "
                            + "declared as an attribute");
                }
                if (!ranges.isEmpty()) {
                    AttributeBins bins = AttributeBins.parse(ranges);
                    out.printf("%s: %s. %s%n", attribute.name(), String.join(", ", bins.labels()), bins.rule());
                } else {
                    out.printf("%s: not grouped into ranges%n", attribute.name());
                }
                Optional<EntityEdit> edit = AttributeEdits.setRanges(project, attribute.id(), ranges);
                if (edit.isPresent()) {
                    project.apply(edit.get());
                    changed = true;
                }
            }
            if (changed) {
                store.save(project, projectFile);
            } else {
                out.println("Nothing changed");
            }
            out.flush();
            return 0;
        }
    }

    private Map<String, AttributeType> parsedTypes() {
        Map<String, AttributeType> result = new LinkedHashMap<>();
        types.forEach((column, type) -> {
            try {
                result.put(column, AttributeType.valueOf(type.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + type + "' is not a type; write number, date, category or text",
                        e);
            }
        });
        return result;
    }

    private String projectName() {
        String fileName = projectFile.getFileName().toString();
        return fileName.endsWith(ProjectFileStore.EXTENSION)
                ? fileName.substring(0, fileName.length() - ProjectFileStore.EXTENSION.length())
                : fileName;
    }
}
