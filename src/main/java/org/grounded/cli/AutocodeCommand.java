package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectLock;
import org.grounded.model.Code;
import org.grounded.model.Project;
import org.grounded.model.SnapMode;
import org.grounded.model.edits.AutoCodingEdits;
import org.grounded.search.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grounded autocode PROJECT QUERY --code NAME}: codes every hit of a search, saved atomically. */
@Command(name = "autocode", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Code every hit of a search with a code, each hit widened to its word, sentence, paragraph "
                + "or speaker turn. Passages the code already covers are left alone, so running it twice changes "
                + "nothing the second time. The project is saved atomically (the previous version kept as .bak).")
final class AutocodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .grounded project file")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "QUERY", description = SearchOptions.QUERY_HELP)
    String query;

    @Mixin
    SearchOptions options = new SearchOptions();

    @Option(names = "--code", required = true, paramLabel = "NAME", description = "the code to apply (it must exist)")
    String code;

    @Option(names = "--extend", paramLabel = "UNIT", converter = ExtendConverter.class,
            description = "word (default), sentence, paragraph or turn")
    SnapMode extend = SnapMode.WORD;

    @Option(names = "--coder", paramLabel = "NAME", description = "the coder named on new quotations (default: your user name)")
    String coder = System.getProperty("user.name", "");

    SearchOptions.IndexSource indexes = SearchOptions.IndexSource.CACHE;

    @Override
    @SuppressWarnings("try") // the lock is held for the whole run, never referenced
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ProjectFileStore store = new ProjectFileStore();
        try (ProjectLock lock = ProjectLock.acquire(projectFile)) {
            Project project = store.load(projectFile);
            Code chosen = SearchOptions.code(project, projectFile, code);
            SearchResult result = SearchOptions.search(indexes, projectFile, project, options.request(query, project, projectFile));
            List<AutoCodingEdits.Target> targets = result.hits().stream()
                    .map(hit -> new AutoCodingEdits.Target(hit.documentId(), hit.start(), hit.end())).toList();
            AutoCodingEdits.Result coding = AutoCodingEdits.codeAll(project, targets, chosen.id(), extend, coder, Instant.now());
            if (coding.edit().isPresent()) {
                project.apply(coding.edit().get());
                store.save(project, projectFile);
            }
            out.printf("%d %s in %d %s; '%s': %d new %s, %d existing %s got the code, %d already coded%s%n",
                    result.totalHits(), result.totalHits() == 1 ? "hit" : "hits",
                    result.documentCount(), result.documentCount() == 1 ? "document" : "documents", chosen.name(),
                    coding.created(), coding.created() == 1 ? "quotation" : "quotations",
                    coding.extended(), coding.extended() == 1 ? "quotation" : "quotations", coding.alreadyCoded(),
                    coding.edit().isPresent() ? "; saved " + projectFile : "; nothing to save");
            out.flush();
            return 0;
        }
    }

    static final class ExtendConverter implements CommandLine.ITypeConverter<SnapMode> {
        @Override
        public SnapMode convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "word" -> SnapMode.WORD;
                case "sentence" -> SnapMode.SENTENCE;
                case "paragraph" -> SnapMode.PARAGRAPH;
                case "turn", "speaker-turn" -> SnapMode.SPEAKER_TURN;
                default -> throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not word, sentence, paragraph or turn");
            };
        }
    }
}
