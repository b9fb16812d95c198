package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectLock;
import org.grounded.io.refi.ExternalSources;
import org.grounded.io.refi.QdcExporter;
import org.grounded.io.refi.QdcImporter;
import org.grounded.io.refi.QdpxExporter;
import org.grounded.io.refi.QdpxImporter;
import org.grounded.io.refi.QdpxPositions;
import org.grounded.io.refi.RefiCodebookImport;
import org.grounded.io.refi.RefiImportReport;
import org.grounded.io.refi.RefiProjectImport;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grounded convert IN OUT}: between Grounded projects and REFI-QDA exchange files. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Convert between a Grounded project (.grounded) and the REFI-QDA exchange "
        + "formats other tools (ATLAS.ti, NVivo, MAXQDA, QualCoder) read and write: a project (.qdpx) or a codebook "
        + "(.qdc). Each file's format follows from its extension. An import prints what was taken and what was skipped.")
final class ConvertCommand implements Callable<Integer> {

    private enum Format {
        GROUNDED(ProjectFileStore.EXTENSION), QDPX(".qdpx"), QDC(".qdc");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (name.endsWith(format.extension)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("cannot tell the format of " + file.getFileName()
                    + ": name it .grounded, .qdpx or .qdc");
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "the file to read (.grounded, .qdpx or .qdc)")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write (.grounded, .qdpx or .qdc)")
    Path out;

    @Option(names = "--force", description = "replace OUT if it exists (its previous content is kept as OUT.bak)")
    boolean force;

    @Option(names = "--allow-external-sources", description = "also read the files outside a .qdpx archive that its "
            + "sources and notes point to (file:// or absolute:// paths, or relative:// beside the archive); without "
            + "it they are listed on standard error and left out")
    boolean allowExternalSources;

    @Option(names = "--positions", paramLabel = "codepoints|utf16", defaultValue = "codepoints",
            description = "how a .qdpx export counts selection positions: codepoints (the REFI-QDA standard, the default) "
            + "or utf16 (for NVivo, which counts an emoji as two)")
    String positions;

    @Override
    public Integer call() throws Exception {
        Format from = Format.of(in);
        Format to = Format.of(out);
        QdpxPositions counting = QdpxPositions.parse(positions).orElseThrow(() -> new IllegalArgumentException(
                "--positions takes codepoints or utf16, not '" + positions + "'"));
        if (counting != QdpxPositions.CODE_POINTS && to != Format.QDPX) {
            throw new IllegalArgumentException("--positions applies to a .qdpx export only, not to " + out.getFileName());
        }
        if (from == to) {
            throw new IllegalArgumentException(in.getFileName() + " and " + out.getFileName() + " are both "
                    + from.extension + " files; there is nothing to convert");
        }
        OutputFiles.check(out, to == Format.GROUNDED ? OutputFiles.Writes.PROJECT : OutputFiles.Writes.OTHER, in);
        if (Files.exists(out) && !force) {
            throw new IllegalArgumentException(out + " exists already; choose another name, or add --force to replace it");
        }
        PrintWriter printer = spec.commandLine().getOut();
        RefiImportReport report = null;
        Project project;
        switch (from) {
            case GROUNDED -> project = new ProjectFileStore().load(in);
            case QDPX -> {
                RefiProjectImport imported = new QdpxImporter().read(in,
                        allowExternalSources ? ExternalSources.READ : ExternalSources.LEFT_OUT, Progress.NONE);
                project = imported.project();
                report = imported.report();
            }
            default -> {
                RefiCodebookImport imported = new QdcImporter().read(in);
                project = imported.codebook();
                report = imported.report();
            }
        }
        if (report != null) {
            report(report);
        }
        switch (to) {
            case GROUNDED -> {
                try (ProjectLock lock = ProjectLock.acquire(out)) {
                    new ProjectFileStore().save(project, out);
                }
                printer.printf("Wrote %s%n", out.getFileName());
            }
            case QDPX -> new QdpxExporter().export(project, out, counting, Progress.NONE).lines().forEach(printer::println);
            default -> new QdcExporter().export(project, out).lines().forEach(printer::println);
        }
        printer.flush();
        return report != null && report.skippedAnything() ? ImportCommand.SOME_SKIPPED : 0;
    }

    /** What was taken to standard output; what was skipped, and external files left out, to standard error. */
    private void report(RefiImportReport report) {
        PrintWriter printer = spec.commandLine().getOut();
        report.takenLines().forEach(printer::println);
        report.noteLines().forEach(printer::println);
        printer.flush();
        PrintWriter err = spec.commandLine().getErr();
        String name = String.valueOf(in.getFileName());
        report.skippedLines().forEach(line -> err.println("grounded: " + name + ": " + line));
        if (!report.external().isEmpty()) {
            report.externalLines().forEach(line -> err.println("grounded: " + line));
            err.println("grounded: to read them too, run convert again with --allow-external-sources");
        }
        err.flush();
    }
}
