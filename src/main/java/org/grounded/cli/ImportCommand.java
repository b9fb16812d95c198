package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectLock;
import org.grounded.io.transcript.DocumentImport;
import org.grounded.io.transcript.ImportedTranscript;
import org.grounded.io.transcript.SkippedFile;
import org.grounded.io.transcript.SpeakerMapping;
import org.grounded.io.transcript.SpeakerRole;
import org.grounded.io.transcript.TranscriptImportResult;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grounded import PROJECT FILE...}: adds transcripts, creating the project when it does not
 * exist. What was imported goes to standard output; each file skipped, with its reason, to
 * standard error, so that scripts can rely on both.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Add transcripts (plain text and Markdown, Word, OpenDocument and PDF files, WebVTT and "
        + "SubRip subtitles) to a project, "
        + "creating the project if it does not exist. Speakers become participants; interviewers are recognised "
        + "by name (Interviewer, Entrevistadora, I, Q...).")
final class ImportCommand implements Callable<Integer> {

    /** Exit code when some files were imported and others skipped. */
    static final int SOME_SKIPPED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .grounded project file")
    Path projectFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "transcripts to add")
    List<Path> files;

    @Option(names = "--interviewer", paramLabel = "NAME",
            description = "a speaker name to treat as interviewer, besides the usual ones (repeatable)")
    List<String> interviewers = new ArrayList<>();

    @Override
    @SuppressWarnings("try") // the lock is held for the whole import, never referenced
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ProjectFileStore store = new ProjectFileStore();
        OutputFiles.check(projectFile, OutputFiles.Writes.PROJECT, files);
        try (ProjectLock lock = ProjectLock.acquire(projectFile)) {
            boolean created = !Files.exists(projectFile);
            Project project = created ? Project.create(projectName()) : store.load(projectFile);
            TranscriptImportResult result = new TranscriptImporter().readAll(files, Progress.NONE);

            Map<Integer, List<SpeakerMapping>> mappings = new HashMap<>();
            for (int i = 0; i < result.imported().size(); i++) {
                mappings.put(i, withExtraInterviewers(DocumentImport.suggestedMappings(result.imported().get(i))));
            }
            boolean anything = !result.imported().isEmpty();
            if (anything) {
                project.apply(DocumentImport.edit(project, result.imported(), mappings));
                store.save(project, projectFile);
            }
            report(out, created && anything, result, mappings);
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            for (SkippedFile skipped : result.skipped()) {
                String name = String.valueOf(skipped.file().getFileName());
                err.println("grounded: " + (skipped.reason().contains(name) ? "" : name + ": ") + skipped.reason());
            }
            if (!anything) {
                err.println("grounded: nothing was imported"
                        + (created ? "; no project was created" : "; the project is unchanged"));
            }
            err.flush();
            if (!anything) {
                return 1;
            }
            return result.skipped().isEmpty() ? 0 : SOME_SKIPPED;
        }
    }

    private List<SpeakerMapping> withExtraInterviewers(List<SpeakerMapping> suggested) {
        List<String> extra = interviewers.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        return suggested.stream()
                .map(mapping -> extra.contains(mapping.speaker().toLowerCase(Locale.ROOT))
                        ? new SpeakerMapping(mapping.speaker(), SpeakerRole.INTERVIEWER, "")
                        : mapping)
                .toList();
    }

    private String projectName() {
        String fileName = projectFile.getFileName().toString();
        return fileName.endsWith(ProjectFileStore.EXTENSION)
                ? fileName.substring(0, fileName.length() - ProjectFileStore.EXTENSION.length())
                : fileName;
    }

    private void report(PrintWriter out, boolean created, TranscriptImportResult result,
                        Map<Integer, List<SpeakerMapping>> mappings) {
        if (created) {
            out.printf("Created project %s%n", projectFile);
        }
        for (int i = 0; i < result.imported().size(); i++) {
            ImportedTranscript transcript = result.imported().get(i);
            out.printf("Imported  %s  (%s%s, %d turns)%n", transcript.source().getFileName(), transcript.format(),
                    transcript.encoding().isEmpty() ? "" : ", " + transcript.encoding(), transcript.turns().size());
            for (SpeakerMapping mapping : mappings.get(i)) {
                String role = switch (mapping.role()) {
                    case PARTICIPANT -> "participant " + mapping.participantName();
                    case INTERVIEWER -> "interviewer";
                    case UNASSIGNED -> "unassigned";
                };
                out.printf("          speaker %-20s -> %s%n", mapping.speaker().isEmpty() ? "(whole document)" : mapping.speaker(), role);
            }
            transcript.notes().forEach(note -> out.printf("          note: %s%n", note));
        }
        out.printf("%d imported, %d skipped%n", result.imported().size(), result.skipped().size());
    }
}
