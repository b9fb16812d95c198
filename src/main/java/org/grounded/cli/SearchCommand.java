package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.grounded.io.JsonText;
import org.grounded.export.table.DelimitedText;
import org.grounded.export.table.TextGrid;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.search.CodeRestriction;
import org.grounded.search.SearchHit;
import org.grounded.search.SearchRequest;
import org.grounded.search.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grounded search PROJECT QUERY}: every passage that matches, with its place and context. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Search the project's documents; one row per hit with its document, participant, "
                + "start and end (Java string offsets into the text), the hit and its context.")
final class SearchCommand implements Callable<Integer> {

    /** Characters of context shown on each side in --kwic rows. */
    private static final int KWIC_WIDTH = 40;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a .grounded project file")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "QUERY", description = SearchOptions.QUERY_HELP)
    String query;

    @Mixin
    SearchOptions options = new SearchOptions();

    @CommandLine.ArgGroup(exclusive = true)
    CodeChoice codeChoice;

    static final class CodeChoice {
        @Option(names = "--code", paramLabel = "NAME", description = "only hits inside passages coded NAME (or a sub-code)")
        String code;

        @Option(names = "--not-code", paramLabel = "NAME", description = "only hits outside passages coded NAME")
        String notCode;
    }

    @Option(names = "--kwic", description = "keyword-in-context rows, aligned on the hit (text format)")
    boolean kwic;

    @Option(names = "--limit", paramLabel = "N", description = "show at most N hits (all are counted)")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv or json")
    String format = "text";

    ProjectSource projects = ProjectSource.FILES;
    SearchOptions.IndexSource indexes = SearchOptions.IndexSource.CACHE;

    @Override
    public Integer call() throws Exception {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "json").contains(chosen)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'search' writes text, csv or json, not " + format);
        }
        Project project = projects.load(projectFile);
        SearchRequest request = options.request(query, project, projectFile).withLimit(limit);
        if (codeChoice != null) {
            request = request.restrictedTo(codeChoice.code != null
                    ? CodeRestriction.codedWith(SearchOptions.code(project, projectFile, codeChoice.code).id())
                    : CodeRestriction.notCodedWith(SearchOptions.code(project, projectFile, codeChoice.notCode).id()));
        }
        SearchResult result = SearchOptions.search(indexes, projectFile, project, request);
        PrintWriter out = spec.commandLine().getOut();
        switch (chosen) {
            case "csv" -> out.print(DelimitedText.csv(grid(project, result)));
            case "json" -> out.println(new JsonText().write(json(project, result)));
            default -> text(out, project, result);
        }
        out.flush();
        return 0;
    }

    private void text(PrintWriter out, Project project, SearchResult result) {
        for (SearchHit hit : result.hits()) {
            String place = documentName(project, hit.documentId()) + ":" + hit.start() + "-" + hit.end();
            String who = participants(project, hit);
            if (kwic) {
                String left = hit.left().length() > KWIC_WIDTH ? hit.left().substring(hit.left().length() - KWIC_WIDTH) : hit.left();
                String right = hit.right().length() > KWIC_WIDTH ? hit.right().substring(0, KWIC_WIDTH) : hit.right();
                out.printf("%" + KWIC_WIDTH + "s[%s]%-" + KWIC_WIDTH + "s  %s %s%n", left, oneLine(hit.text()), right,
                        place, who.isEmpty() ? "" : "(" + who + ")");
            } else {
                out.printf("%s %s%s%n", place, who.isEmpty() ? "" : "(" + who + ") ", oneLine(hit.text()));
            }
        }
        out.printf("%d %s in %d %s%s%n", result.totalHits(), result.totalHits() == 1 ? "hit" : "hits",
                result.documentCount(), result.documentCount() == 1 ? "document" : "documents",
                result.truncated() ? " (" + result.hits().size() + " shown)" : "");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static TextGrid grid(Project project, SearchResult result) {
        List<String> header = List.of("document", "participant", "start", "end", "hit", "left", "right", "codes");
        List<List<String>> rows = result.hits().stream().map(hit -> List.of(documentName(project, hit.documentId()),
                participants(project, hit), String.valueOf(hit.start()), String.valueOf(hit.end()), hit.text(),
                hit.left(), hit.right(), codes(project, hit))).toList();
        return new TextGrid(header, rows, java.util.Collections.nCopies(header.size(), TextGrid.Alignment.LEFT), List.of());
    }

    private static Map<String, Object> json(Project project, SearchResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("hits", result.totalHits());
        json.put("documents", result.documentCount());
        json.put("results", result.hits().stream().map(hit -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document", documentName(project, hit.documentId()));
            row.put("participants", hit.participantIds().stream().map(id -> participantName(project, id)).sorted().toList());
            row.put("start", hit.start());
            row.put("end", hit.end());
            row.put("hit", hit.text());
            row.put("left", hit.left());
            row.put("right", hit.right());
            row.put("codes", hit.codeIds().stream().map(id -> project.code(id).map(Code::name).orElse("?")).toList());
            return row;
        }).toList());
        return json;
    }

    private static String documentName(Project project, UUID id) {
        return project.document(id).map(Document::name).orElse("?");
    }

    private static String participantName(Project project, UUID id) {
        return project.participant(id).map(Participant::name).orElse("?");
    }

    private static String participants(Project project, SearchHit hit) {
        return String.join("; ", hit.participantIds().stream().map(id -> participantName(project, id)).sorted().toList());
    }

    private static String codes(Project project, SearchHit hit) {
        return String.join("; ", hit.codeIds().stream().map(id -> project.code(id).map(Code::name).orElse("?")).toList());
    }
}
