package org.grounded.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.CodeSelection;
import org.grounded.analysis.network.CooccurrenceWeight;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkBuilder;
import org.grounded.analysis.network.NetworkRequest;
import org.grounded.analysis.network.NodeKind;
import org.grounded.analysis.network.SavedNetworkRequests;
import org.grounded.analysis.network.layout.LayoutKind;
import org.grounded.analysis.network.layout.Layouts;
import org.grounded.analysis.network.layout.NetworkLayout;
import org.grounded.analysis.network.layout.SavedLayouts;
import org.grounded.export.network.DrawingOptions;
import org.grounded.export.network.NetworkDrawing;
import org.grounded.export.network.NetworkDrawings;
import org.grounded.export.network.NetworkFiles;
import org.grounded.export.network.NetworkFormat;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.ColourScheme;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.model.SavedNetwork;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grounded network PROJECT -o FILE}: the semantic network as GraphML, GEXF, SVG or PNG. */
@Command(name = "network", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
        "Write the semantic network of a project: codes, and optionally participants or documents, linked by "
                + "co-occurrence, named relations, participant links (weight = the participant's citations of the "
                + "code, as in the citations table) and the code hierarchy.",
        "--name draws a network saved in the project with its members, places and pins; the other choices "
                + "of what to show then come from the saved network.",
        "Example (study A's Figure 1): grounded network study.grounded --nodes codes+participants "
                + "--edges participants,relations --layout figure -o figure1.png"})
final class NetworkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a .grounded project file")
    Path projectFile;

    @Option(names = "--name", paramLabel = "NAME", description = "a network saved in the project")
    String name;

    @Option(names = "--nodes", paramLabel = "NODES",
            description = "codes (default), codes+participants, codes+documents or codes+groups")
    String nodes;

    @Option(names = "--codes", paramLabel = "CODES",
            description = "all (default), categories (codes with sub-codes, counting their sub-codes' citations), "
                    + "core, level:open|axial|selective, group:NAME or subtree:CODE")
    String codes;

    @Option(names = "--edges", paramLabel = "KINDS", split = ",",
            description = "any of cooccurrence, relations, participants, hierarchy (default: cooccurrence,relations; "
                    + "participants,relations with participants or documents)")
    List<String> edges;

    @Option(names = "--weight", paramLabel = "MEASURE", description = "co-occurrence as count (default) or c")
    String weight;

    @Option(names = "--min-weight", paramLabel = "N", description = "leave out co-occurrence edges lighter than N "
            + "(default 1)")
    Double minimumWeight;

    @Option(names = "--linking-word", paramLabel = "WORD", description = "the label of participant links "
            + "(default: mentions)")
    String linkingWord;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "force",
            description = "force (default), figure or tree")
    String layout;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the layout's seed (default 1)")
    long seed;

    @Option(names = {"--colours", "--colors"}, paramLabel = "SCHEME",
            description = "figure (default: central categories yellow, participants blue, isolated white), "
                    + "code or level")
    String colours;

    @Option(names = "--edge-labels", paramLabel = "WHICH", defaultValue = "auto",
            description = "auto (default: relations, and linking words while there are at most 30 links), all, relations or none")
    String edgeLabels;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "graphml, gexf, svg or png (default: from the -o file's extension)")
    String format;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2", description = "pixels per unit, for png (default 2)")
    double scale;

    @Mixin
    CoderOptions coders;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the file to write")
    Path output;

    ProjectSource projects = ProjectSource.FILES;

    @Override
    public Integer call() throws Exception {
        OutputFiles.check(output, OutputFiles.Writes.OTHER, projectFile);
        NetworkFormat fileFormat = fileFormat();
        LayoutKind layoutKind = choice(layout, "--layout", LayoutKind.class);
        DrawingOptions.EdgeLabels labels = choice(edgeLabels, "--edge-labels", DrawingOptions.EdgeLabels.class);
        if (!(scale > 0) || scale > 20) {
            throw usage("--scale must be a number above 0 and at most 20, not " + scale);
        }
        Project project = projects.load(projectFile);
        NetworkRequest request;
        NetworkLayout start = NetworkLayout.empty();
        Set<String> pinned = Set.of();
        ColourScheme scheme = ColourScheme.FIGURE;
        if (name != null) {
            if (nodes != null || codes != null || edges != null || weight != null || minimumWeight != null
                    || linkingWord != null) {
                throw usage("--name draws the saved network as it is: leave out --nodes, --codes, --edges, --weight, "
                        + "--min-weight and --linking-word");
            }
            SavedNetwork saved = savedNetwork(project, name);
            request = SavedNetworkRequests.from(saved);
            start = SavedLayouts.start(saved);
            // What the researcher placed stays where she saw it; the layout places only the rest.
            pinned = start.positions().keySet();
            scheme = saved.colourScheme();
        } else {
            request = request(project);
        }
        if (colours != null) {
            scheme = choice(colours, "--colours", ColourScheme.class);
        }
        Project counted = coders.applyTo(project);
        CodeNetwork network = NetworkBuilder.build(counted, request);
        if (name == null && isCategories()) {
            network = NetworkBuilder.build(counted, request.withOnlyNodeIds(categoriesAndOthers(project, network)));
        }
        NetworkLayout placed = placesEveryNode(network, start) ? start
                : Layouts.run(network, layoutKind, seed, start, pinned);
        NetworkDrawing drawing = NetworkDrawings.of(network, placed, scheme, new DrawingOptions(24, labels));
        NetworkFiles.write(output, fileFormat, network, drawing, scale);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote %s (%d nodes, %d edges)%n", output, network.nodes().size(), network.edges().size());
        out.flush();
        return 0;
    }

    private boolean isCategories() {
        return codes != null && codes.strip().equalsIgnoreCase("categories");
    }

    /**
     * The network's categories and its other nodes (participants, documents, groups): the
     * categories' links already count their sub-codes' citations, as the citations table does.
     */
    private static Set<String> categoriesAndOthers(Project project, CodeNetwork network) {
        Set<String> kept = new LinkedHashSet<>();
        network.nodes().stream()
                .filter(node -> !node.isCode() || project.isCategory(java.util.UUID.fromString(node.id())))
                .forEach(node -> kept.add(node.id()));
        if (kept.stream().noneMatch(id -> network.node(id).map(n -> n.isCode()).orElse(false))) {
            throw new IllegalArgumentException("The project has no categories (codes with sub-codes) to draw");
        }
        return kept;
    }

    private static boolean placesEveryNode(CodeNetwork network, NetworkLayout layout) {
        return !network.nodes().isEmpty()
                && network.nodes().stream().allMatch(node -> layout.positions().containsKey(node.id()));
    }

    private NetworkFormat fileFormat() {
        try {
            if (format != null) {
                return NetworkFormat.parse(format);
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return NetworkFormat.ofFileName(output.getFileName().toString()).orElseThrow(() ->
                usage("Say which format to write with --format (graphml, gexf, svg or png): " + output.getFileName()
                        + " has no such extension"));
    }

    private NetworkRequest request(Project project) {
        Set<NodeKind> extra = nodeKinds();
        Set<EdgeKind> edgeKinds = edgeKinds(extra.isEmpty());
        CooccurrenceWeight measure = weight == null ? CooccurrenceWeight.COUNT
                : switch (weight.strip().toLowerCase(Locale.ROOT)) {
                    case "count", "n" -> CooccurrenceWeight.COUNT;
                    case "c", "c-coefficient" -> CooccurrenceWeight.C_COEFFICIENT;
                    default -> throw usage("--weight must be count or c, not '" + weight + "'");
                };
        double minimum = minimumWeight == null ? (measure == CooccurrenceWeight.COUNT ? 1 : 0) : minimumWeight;
        if (!(minimum >= 0) || Double.isInfinite(minimum)) {
            throw usage("--min-weight must be 0 or more, not " + minimumWeight);
        }
        return new NetworkRequest(codeSelection(project), extra, edgeKinds, measure, minimum, linkingWord, Set.of());
    }

    private Set<NodeKind> nodeKinds() {
        if (nodes == null) {
            return Set.of();
        }
        return switch (nodes.strip().toLowerCase(Locale.ROOT)) {
            case "codes" -> Set.of();
            case "codes+participants" -> Set.of(NodeKind.PARTICIPANT);
            case "codes+documents" -> Set.of(NodeKind.DOCUMENT);
            case "codes+groups" -> Set.of(NodeKind.PARTICIPANT_GROUP);
            default -> throw usage("--nodes must be codes, codes+participants, codes+documents or codes+groups, not '"
                    + nodes + "'");
        };
    }

    private Set<EdgeKind> edgeKinds(boolean codesOnly) {
        if (edges == null) {
            return codesOnly ? EnumSet.of(EdgeKind.COOCCURRENCE, EdgeKind.RELATION)
                    : EnumSet.of(EdgeKind.PARTICIPANT_LINK, EdgeKind.RELATION);
        }
        Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        for (String edge : edges) {
            kinds.add(switch (edge.strip().toLowerCase(Locale.ROOT)) {
                case "cooccurrence", "co-occurrence" -> EdgeKind.COOCCURRENCE;
                case "relations", "relation" -> EdgeKind.RELATION;
                case "participants", "participant" -> EdgeKind.PARTICIPANT_LINK;
                case "hierarchy" -> EdgeKind.HIERARCHY;
                default -> throw usage("--edges takes cooccurrence, relations, participants and hierarchy, not '"
                        + edge + "'");
            });
        }
        return kinds;
    }

    private CodeSelection codeSelection(Project project) {
        if (codes == null) {
            return CodeSelection.all();
        }
        String value = codes.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("all") || lower.equals("categories")) {
            return CodeSelection.all();
        }
        if (lower.equals("core")) {
            return CodeSelection.core();
        }
        if (lower.startsWith("level:")) {
            String level = lower.substring("level:".length());
            for (CodingLevel candidate : CodingLevel.values()) {
                if (candidate.displayName().equals(level)) {
                    return CodeSelection.level(candidate);
                }
            }
            throw usage("'" + level + "' is not a coding level: open, axial or selective");
        }
        if (lower.startsWith("group:")) {
            String groupName = value.substring("group:".length()).strip();
            Group group = project.groups(GroupKind.CODE).stream().filter(g -> g.name().equalsIgnoreCase(groupName))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(projectFile.getFileName()
                            + " has no code group named '" + groupName + "'"));
            return CodeSelection.codeGroup(group.id());
        }
        if (lower.startsWith("subtree:")) {
            String codeName = value.substring("subtree:".length()).strip();
            Code code = project.codeNamed(codeName).orElseThrow(() -> new IllegalArgumentException(
                    projectFile.getFileName() + " has no code named '" + codeName + "'"));
            return CodeSelection.subtree(code.id());
        }
        throw usage("--codes must be all, categories, core, level:LEVEL, group:NAME or subtree:CODE, not '" + codes + "'");
    }

    private SavedNetwork savedNetwork(Project project, String wanted) {
        return project.networks().stream().filter(network -> network.name().equalsIgnoreCase(wanted.strip()))
                .findFirst().orElseThrow(() -> {
                    Set<String> names = new LinkedHashSet<>();
                    project.networks().forEach(network -> names.add("'" + network.name() + "'"));
                    return new IllegalArgumentException(projectFile.getFileName() + " has no network named '" + wanted
                            + "'" + (names.isEmpty() ? " (it has no saved networks)" : " (it has " + String.join(", ", names) + ")"));
                });
    }

    private <E extends Enum<E>> E choice(String value, String option, Class<E> kind) {
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        for (E candidate : kind.getEnumConstants()) {
            if (candidate.name().equals(wanted)) {
                return candidate;
            }
        }
        List<String> names = java.util.Arrays.stream(kind.getEnumConstants())
                .map(candidate -> candidate.name().toLowerCase(Locale.ROOT)).toList();
        String choices = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        throw usage(option + " must be " + choices + ", not '" + value + "'");
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
