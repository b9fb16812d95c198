package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.grounded.io.JsonText;
import org.grounded.export.table.DelimitedText;
import org.grounded.export.table.TextGrid;
import org.grounded.model.Project;
import org.grounded.search.WordCounts;
import org.grounded.search.WordFrequencies;
import org.grounded.search.WordGrouping;
import org.grounded.search.StopWordUse;
import org.grounded.search.WordRequest;
import org.grounded.search.WordScope;
import org.grounded.model.GroupKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grounded words PROJECT}: word frequencies per document, participant or group. */
@Command(name = "words", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Word frequencies, most frequent first: each word's count, the documents it is in and the "
                + "participants who said it, with a column per document, participant or participant group. Numbers, "
                + "emoji and the project's stop words of each document's language are left out.")
final class WordsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a .grounded project file")
    Path projectFile;

    @Option(names = "--by", paramLabel = "COLUMNS", description = "document (default), participant, group or none")
    String by = "document";

    @Option(names = "--document", paramLabel = "NAME", description = "only the words of this document")
    String document;

    @Option(names = "--participant", paramLabel = "NAME", description = "only the words of this participant")
    String participant;

    @Option(names = "--participant-group", paramLabel = "NAME", description = "only the words of this group's participants")
    String participantGroup;

    @Option(names = "--document-group", paramLabel = "NAME", description = "only the words of this group's documents")
    String documentGroup;

    @Option(names = "--min-length", paramLabel = "N", description = "only words of at least N characters (default 1)")
    int minimumLength = 1;

    @Option(names = "--keep-stop-words", description = "count the stop words too (the project's lists: "
            + "the built-in ones of each language with the project's changes)")
    boolean keepStopWords;

    @Option(names = "--top", paramLabel = "N", description = "only the N most frequent words")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default) or json")
    String format = "csv";

    ProjectSource projects = ProjectSource.FILES;

    @Override
    public Integer call() throws Exception {
        java.util.Optional<WordGrouping> grouping = switch (by.strip().toLowerCase(Locale.ROOT)) {
            case "document", "documents" -> java.util.Optional.of(WordGrouping.DOCUMENT);
            case "participant", "participants" -> java.util.Optional.of(WordGrouping.PARTICIPANT);
            case "group", "groups" -> java.util.Optional.of(WordGrouping.GROUP);
            case "none" -> java.util.Optional.empty();
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--by is document, participant, group or none, not " + by);
        };
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("csv") && !chosen.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'words' writes csv or json, not " + format);
        }
        if (minimumLength < 1 || top < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), minimumLength < 1
                    ? "--min-length is at least 1, not " + minimumLength : "--top is 0 (all) or more, not " + top);
        }
        long scopes = java.util.stream.Stream.of(document, participant, participantGroup, documentGroup)
                .filter(java.util.Objects::nonNull).count();
        if (scopes > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give one of --document, --participant, --participant-group and --document-group, not several");
        }
        Project project = projects.load(projectFile);
        WordRequest request = new WordRequest(scope(project), grouping, minimumLength,
                keepStopWords ? StopWordUse.KEEP : StopWordUse.LEAVE_OUT, top);
        WordCounts counts = WordFrequencies.count(project, request);
        PrintWriter out = spec.commandLine().getOut();
        if (chosen.equals("json")) {
            out.println(new JsonText().write(counts.rows().stream().map(row -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("word", row.word());
                if (grouping.isPresent()) {
                    Map<String, Integer> perColumn = new LinkedHashMap<>();
                    for (int i = 0; i < counts.columns().size(); i++) {
                        perColumn.put(counts.columns().get(i), row.counts().get(i));
                    }
                    json.put("counts", perColumn);
                }
                json.put("total", row.total());
                json.put("documents", row.documents());
                json.put("participants", row.participants());
                return json;
            }).toList()));
        } else {
            List<String> header = counts.header();
            out.print(DelimitedText.csv(new TextGrid(header, counts.cells(),
                    java.util.Collections.nCopies(header.size(), TextGrid.Alignment.LEFT), List.of())));
        }
        out.flush();
        return 0;
    }

    private WordScope scope(Project project) {
        if (document != null) {
            return WordScope.of(WordScope.Kind.DOCUMENT, ProjectNames.document(project, document, "--document"));
        }
        if (participant != null) {
            return WordScope.of(WordScope.Kind.PARTICIPANT, ProjectNames.participant(project, participant, "--participant"));
        }
        if (participantGroup != null) {
            return WordScope.of(WordScope.Kind.PARTICIPANT_GROUP,
                    ProjectNames.group(project, GroupKind.PARTICIPANT, participantGroup, "--participant-group"));
        }
        if (documentGroup != null) {
            return WordScope.of(WordScope.Kind.DOCUMENT_GROUP,
                    ProjectNames.group(project, GroupKind.DOCUMENT, documentGroup, "--document-group"));
        }
        return WordScope.project();
    }
}
