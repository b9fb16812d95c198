package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectLock;
import org.grounded.io.refi.QdpxExporter;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.ProjectCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grounded generate ... -o FILE}: a synthetic study, the same for a seed, as a project or a .qdpx. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write a synthetic study of any size, the same for a seed: transcripts in Spanish, English and "
                + "Malay in speaker turns, a code tree of themes, categories and codes, overlapping and nested "
                + "quotations, memos and relations. As a .qdpx it measures other tools on the same data.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StudySizeOptions sizeOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "the file to write: .grounded or .qdpx")
    Path out;

    @Option(names = "--force", description = "replace FILE if it exists (a project's previous content is kept as FILE.bak)")
    boolean force;

    @Override
    public Integer call() throws Exception {
        String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
        boolean project = name.endsWith(ProjectFileStore.EXTENSION);
        if (!project && !name.endsWith(".qdpx")) {
            throw new IllegalArgumentException("cannot tell the format of " + out.getFileName()
                    + ": name it .grounded or .qdpx");
        }
        OutputFiles.check(out, project ? OutputFiles.Writes.PROJECT : OutputFiles.Writes.OTHER);
        if (Files.exists(out) && !force) {
            throw new IllegalArgumentException(out + " exists already; choose another name, or add --force to replace it");
        }
        StudySize size = sizeOptions.size();
        Project study = StudyGenerator.generate(size, sizeOptions.seed);
        PrintWriter printer = spec.commandLine().getOut();
        if (project) {
            try (ProjectLock lock = ProjectLock.acquire(out)) {
                new ProjectFileStore().save(study, out);
            }
        } else {
            new QdpxExporter().export(study, out, Progress.NONE);
        }
        ProjectCounts counts = study.counts();
        printer.printf(Locale.ROOT, "Wrote %s: %,d documents of %,d words, %,d participants, %,d codes (%,d categories), "
                + "%,d quotations (%,d codings), %,d memos, %,d relations%n", out.getFileName(), counts.documents(),
                size.words(), counts.participants(), counts.codes(), counts.categories(), counts.quotations(),
                size.codings(), counts.memos(), counts.relations());
        printer.flush();
        return 0;
    }
}
