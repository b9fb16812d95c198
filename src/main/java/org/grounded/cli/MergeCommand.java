package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectLock;
import org.grounded.io.refi.ExternalSources;
import org.grounded.io.refi.QdpxImporter;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.edits.ProjectMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grounded merge PROJECT OTHER}: another coder's project (or a REFI-QDA project) merged in. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Merge OTHER (.grounded or .qdpx) into PROJECT and save PROJECT (the previous version kept as .bak).",
        "Documents are matched by their text (even renamed), codes by id and then by name under the same parent, "
                + "participants and groups by name, quotations by their exact range: their codings are unioned, "
                + "each keeping its coder. Nothing is duplicated. Where both sides changed the same thing "
                + "(a code renamed, a memo edited) PROJECT's version is kept and the conflict is listed."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .grounded project to merge into")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "OTHER", description = "the project to merge in: .grounded or .qdpx")
    Path other;

    @Override
    @SuppressWarnings("try") // the lock is held for the whole run, never referenced
    public Integer call() throws Exception {
        if (Files.exists(other) && Files.exists(projectFile) && Files.isSameFile(other, projectFile)) {
            throw new IllegalArgumentException(other + " is PROJECT itself; there is nothing to merge");
        }
        PrintWriter out = spec.commandLine().getOut();
        ProjectFileStore store = new ProjectFileStore();
        try (ProjectLock lock = ProjectLock.acquire(projectFile)) {
            Project project = store.load(projectFile);
            Project theirs = read(other);
            ProjectMerge.Result result = ProjectMerge.merge(project, theirs, String.valueOf(other.getFileName()));
            if (result.edit().isPresent()) {
                project.apply(result.edit().get());
                store.save(project, projectFile);
            }
            out.println("Merged " + other.getFileName() + " into " + projectFile.getFileName()
                    + (result.edit().isPresent() ? "; saved" : "; nothing new, nothing saved"));
            result.report().lines().forEach(out::println);
            out.flush();
            return 0;
        }
    }

    private static Project read(Path file) throws Exception {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(ProjectFileStore.EXTENSION)) {
            return new ProjectFileStore().load(file);
        }
        if (name.endsWith(".qdpx")) {
            return new QdpxImporter().read(file, ExternalSources.LEFT_OUT, Progress.NONE).project();
        }
        throw new IllegalArgumentException("cannot merge " + file.getFileName() + ": name it .grounded or .qdpx");
    }
}
