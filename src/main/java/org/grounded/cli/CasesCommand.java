package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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
 * with its number and reason to standard error.
 */
@Command(name = "cases", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import participants and their attributes from a spreadsheet (CSV with , ; or tab, "
                + "or an Excel .xlsx workbook): the first row names the attributes, each other row is one "
                + "participant. Columns are typed by their values (number, date, category, text). Importing "
                + "again updates values, never duplicates anyone; rows with a problem are skipped whole.",
                "Empty cells and NA, n/a, - stay missing, as do the codes given with --missing."})
final class CasesCommand implements Callable<Integer> {

    /** Exit code when some rows were skipped. */
    static final int SOME_SKIPPED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .grounded project file (created if absent)")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "ACTION", description = "import")
    String action;

    @Parameters(index = "2", paramLabel = "FILE", description = "the spreadsheet: .csv, .tsv, .txt or .xlsx")
    Path file;

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
        if (!"import".equalsIgnoreCase(action)) {
            throw new IllegalArgumentException("'" + action + "' is not something cases does; write: grounded cases "
                    + "PROJECT import FILE");
        }
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
