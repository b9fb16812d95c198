package org.grounded.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.search.IndexLocation;
import org.grounded.search.SearchIndex;
import org.grounded.search.SearchRequest;
import org.grounded.search.SearchResult;
import org.grounded.search.WordForms;
import picocli.CommandLine.Option;

/** The query and its restrictions, shared by {@code search} and {@code autocode}. */
final class SearchOptions {

    /** Opens the index of a project file; tests swap in an index in memory. */
    @FunctionalInterface
    interface IndexSource {
        IndexSource CACHE = file -> SearchIndex.open(IndexLocation.forProject(file));

        SearchIndex open(Path projectFile);
    }

    /** What QUERY says in each command's help. */
    static final String QUERY_HELP = "words, \"phrases\", wildcards (donat*), fuzzy terms (donor~), "
            + "proximity (\"milk bank\"~5), AND / OR / NOT; words without an operator must all occur";

    @Option(names = "--stem", description = "match word forms (donate finds donated) in each document's language")
    boolean stem;

    @Option(names = "--document", arity = "1..*", paramLabel = "NAME",
            description = "only these documents or document groups")
    List<String> documents = new ArrayList<>();

    @Option(names = "--participant", arity = "1..*", paramLabel = "NAME",
            description = "only the words of these participants or participant groups")
    List<String> participants = new ArrayList<>();

    SearchRequest request(String query, Project project, Path projectFile) {
        return new SearchRequest(query, stem ? WordForms.STEMMED : WordForms.EXACT,
                ids(project, projectFile, documents, GroupKind.DOCUMENT),
                ids(project, projectFile, participants, GroupKind.PARTICIPANT), java.util.Optional.empty(), 0);
    }

    /** Brings the project's index up to date and searches it. */
    static SearchResult search(IndexSource indexes, Path projectFile, Project project, SearchRequest request)
            throws IOException {
        try (SearchIndex index = indexes.open(projectFile)) {
            index.update(project, Progress.NONE);
            return index.search(project, request);
        }
    }

    static Code code(Project project, Path projectFile, String name) {
        return project.codeNamed(name).orElseThrow(() -> new IllegalArgumentException(
                "No code named '" + name + "' in " + projectFile));
    }

    /** The ids of the named documents (participants) and of the members of the named groups. */
    private static Set<UUID> ids(Project project, Path projectFile, List<String> names, GroupKind kind) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String name : names) {
            List<UUID> named = (kind == GroupKind.DOCUMENT
                    ? project.documents().stream().filter(d -> d.name().equalsIgnoreCase(name.strip())).map(Document::id)
                    : project.participants().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).map(Participant::id))
                    .toList();
            List<Group> groups = project.groups(kind).stream().filter(g -> g.name().equalsIgnoreCase(name.strip())).toList();
            if (named.isEmpty() && groups.isEmpty()) {
                String what = kind == GroupKind.DOCUMENT ? "document" : "participant";
                throw new IllegalArgumentException("No " + what + " or " + what + " group named '" + name + "' in " + projectFile);
            }
            ids.addAll(named);
            groups.forEach(group -> ids.addAll(group.memberIds()));
        }
        return ids;
    }
}
