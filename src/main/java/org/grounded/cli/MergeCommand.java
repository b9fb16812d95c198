package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectLock;
import org.grounded.io.refi.ExternalSources;
import org.grounded.io.refi.QdpxImporter;
import org.grounded.model.Code;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.edits.ProjectMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grounded merge PROJECT OTHER}: another coder's project (or a REFI-QDA project) merged in. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Merge OTHER (.grounded or .qdpx) into PROJECT and save PROJECT (the previous version kept as .bak).",
        "Documents are matched by their text (even renamed), codes by id and then by name under the same parent, "
                + "participants and groups by name, quotations by their exact range: their codings are unioned, "
                + "each keeping its coder. Nothing is duplicated. Where both sides changed the same thing "
                + "(a code renamed, a memo edited) PROJECT's version is kept and the conflict is listed.",
        "A code of OTHER that matches none of PROJECT's is added, unless --map puts it onto one of PROJECT's codes."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .grounded project to merge into")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "OTHER", description = "the project to merge in: .grounded or .qdpx")
    Path other;

    @Option(names = "--map", paramLabel = "THEIRS=OURS", description = "merge OTHER's code THEIRS into PROJECT's "
            + "code OURS (its codings land on OURS; THEIRS is not added); repeat it for several codes")
    List<String> mappings = new ArrayList<>();

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
            ProjectMerge.Result result = ProjectMerge.merge(project, theirs, String.valueOf(other.getFileName()),
                    codeMapping(project, theirs));
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

    /** The --map options as their code id → our code id; names are matched ignoring case. */
    private Map<UUID, UUID> codeMapping(Project project, Project theirs) {
        Map<UUID, UUID> mapping = new LinkedHashMap<>();
        for (String option : mappings) {
            int equals = option.indexOf('=');
            if (equals <= 0 || equals == option.length() - 1) {
                throw new IllegalArgumentException("--map takes THEIRS=OURS (a code of " + other.getFileName()
                        + " = a code of " + projectFile.getFileName() + "), not '" + option + "'");
            }
            String theirName = option.substring(0, equals).strip();
            String ourName = option.substring(equals + 1).strip();
            UUID their = theirs.codes().stream()
                    .filter(code -> code.name().strip().equalsIgnoreCase(theirName)).findFirst().map(Code::id)
                    .orElseThrow(() -> new IllegalArgumentException("--map: " + other.getFileName()
                            + " has no code '" + theirName + "'"));
            UUID our = ProjectNames.code(project, ourName, "--map");
            mapping.put(their, our);
        }
        return mapping;
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
