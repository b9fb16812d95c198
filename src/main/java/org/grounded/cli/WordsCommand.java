package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.grounded.io.JsonText;
import org.grounded.export.table.DelimitedText;
import org.grounded.export.table.TextGrid;
import org.grounded.model.Project;
import org.grounded.search.WordCounts;
import org.grounded.search.WordFrequencies;
import org.grounded.search.WordGrouping;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grounded words PROJECT}: word frequencies per document, participant or group. */
@Command(name = "words", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Word frequencies, most frequent first, with a column per document, participant or "
                + "participant group. Numbers, emoji and the stop words of each document's language are left out.")
final class WordsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a .grounded project file")
    Path projectFile;

    @Option(names = "--by", paramLabel = "COLUMNS", description = "document (default), participant or group")
    String by = "document";

    @Option(names = "--top", paramLabel = "N", description = "only the N most frequent words")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default) or json")
    String format = "csv";

    ProjectSource projects = ProjectSource.FILES;

    @Override
    public Integer call() throws Exception {
        WordGrouping grouping = switch (by.strip().toLowerCase(Locale.ROOT)) {
            case "document", "documents" -> WordGrouping.DOCUMENT;
            case "participant", "participants" -> WordGrouping.PARTICIPANT;
            case "group", "groups" -> WordGrouping.GROUP;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--by is document, participant or group, not " + by);
        };
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals("csv") && !chosen.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'words' writes csv or json, not " + format);
        }
        Project project = projects.load(projectFile);
        WordCounts counts = WordFrequencies.count(project, grouping, Set.of(), top);
        PrintWriter out = spec.commandLine().getOut();
        if (chosen.equals("json")) {
            out.println(new JsonText().write(counts.rows().stream().map(row -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("word", row.word());
                Map<String, Integer> perColumn = new LinkedHashMap<>();
                for (int i = 0; i < counts.columns().size(); i++) {
                    perColumn.put(counts.columns().get(i), row.counts().get(i));
                }
                json.put("counts", perColumn);
                json.put("total", row.total());
                return json;
            }).toList()));
        } else {
            List<String> header = new ArrayList<>();
            header.add("word");
            header.addAll(counts.columns());
            header.add("total");
            List<List<String>> rows = counts.rows().stream().map(row -> {
                List<String> cells = new ArrayList<>();
                cells.add(row.word());
                row.counts().forEach(count -> cells.add(String.valueOf(count)));
                cells.add(String.valueOf(row.total()));
                return cells;
            }).toList();
            out.print(DelimitedText.csv(new TextGrid(header, rows,
                    java.util.Collections.nCopies(header.size(), TextGrid.Alignment.LEFT), List.of())));
        }
        out.flush();
        return 0;
    }
}
