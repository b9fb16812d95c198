package org.grounded.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a saved network shows, as plain values: the model does not know the analysis that builds
 * the graph, so the kinds are stored by the names of the analysis's enums ({@code NodeKind},
 * {@code EdgeKind}, {@code CooccurrenceWeight}, {@code CodeSelection.Kind}); the analysis turns
 * them into its request and a test keeps the names here and there the same. Unknown names are
 * refused here, so a damaged project file is refused when it is opened.
 *
 * @param codeSelection   which codes: ALL, CODE_GROUP, LEVEL, CORE or SUBTREE
 * @param codeSelectionId the code group (CODE_GROUP) or the root code (SUBTREE), else null
 * @param codeLevel       the coding level (LEVEL), else null
 * @param extraNodeKinds  node kinds shown besides codes: PARTICIPANT, DOCUMENT, PARTICIPANT_GROUP
 * @param edgeKinds       COOCCURRENCE, RELATION, PARTICIPANT_LINK, HIERARCHY
 * @param cooccurrenceWeight COUNT or C_COEFFICIENT
 * @param minimumWeight   co-occurrence edges lighter than this are left out
 * @param linkingWord     the label of participant links, "mentions" by default
 */
public record NetworkSettings(String codeSelection, UUID codeSelectionId, CodingLevel codeLevel,
                              Set<String> extraNodeKinds, Set<String> edgeKinds, String cooccurrenceWeight,
                              double minimumWeight, String linkingWord) {

    public static final Set<String> CODE_SELECTIONS = Set.of("ALL", "CODE_GROUP", "LEVEL", "CORE", "SUBTREE");
    public static final Set<String> NODE_KINDS = Set.of("PARTICIPANT", "DOCUMENT", "PARTICIPANT_GROUP");
    public static final Set<String> EDGE_KINDS = Set.of("COOCCURRENCE", "RELATION", "PARTICIPANT_LINK", "HIERARCHY");
    public static final Set<String> WEIGHTS = Set.of("COUNT", "C_COEFFICIENT");
    public static final String DEFAULT_LINKING_WORD = "mentions";

    public NetworkSettings {
        codeSelection = known(codeSelection == null ? "ALL" : codeSelection, CODE_SELECTIONS, "code selection");
        cooccurrenceWeight = known(cooccurrenceWeight == null ? "COUNT" : cooccurrenceWeight, WEIGHTS,
                "co-occurrence weight");
        extraNodeKinds = knownSet(extraNodeKinds, NODE_KINDS, "node kind");
        edgeKinds = knownSet(edgeKinds, EDGE_KINDS, "edge kind");
        boolean needsId = codeSelection.equals("CODE_GROUP") || codeSelection.equals("SUBTREE");
        if (needsId != (codeSelectionId != null)) {
            throw new IllegalArgumentException(needsId ? "A network of a code group or a subtree needs its group or code"
                    : "Only a network of a code group or a subtree names a group or code");
        }
        if (codeSelection.equals("LEVEL") != (codeLevel != null)) {
            throw new IllegalArgumentException("A network names a coding level exactly when it shows one level");
        }
        if (!Double.isFinite(minimumWeight) || minimumWeight < 0) {
            throw new IllegalArgumentException("A network's minimum weight must be a number of at least 0, not " + minimumWeight);
        }
        linkingWord = linkingWord == null || linkingWord.isBlank() ? DEFAULT_LINKING_WORD : linkingWord.strip();
    }

    /** Study A's Figure 1: all categories and the participants, linked by "mentions", with their relations. */
    public static NetworkSettings figureOne() {
        return new NetworkSettings("ALL", null, null, Set.of("PARTICIPANT"),
                orderedOf("PARTICIPANT_LINK", "RELATION"), "COUNT", 1, DEFAULT_LINKING_WORD);
    }

    /** The codes linked by co-occurrence (count, at least once) and by their relations. */
    public static NetworkSettings cooccurrence() {
        return new NetworkSettings("ALL", null, null, Set.of(), orderedOf("COOCCURRENCE", "RELATION"), "COUNT", 1,
                DEFAULT_LINKING_WORD);
    }

    /** The same settings but for the code selection (ALL, CORE … with its id or level where it needs one). */
    public NetworkSettings withCodeSelection(String selection, UUID id, CodingLevel level) {
        return new NetworkSettings(selection, id, level, extraNodeKinds, edgeKinds, cooccurrenceWeight, minimumWeight,
                linkingWord);
    }

    /** Whether the settings name this entity (a code group or the root of a subtree). */
    public boolean refersTo(UUID id) {
        return Objects.equals(codeSelectionId, id);
    }

    private static Set<String> orderedOf(String... names) {
        return Copies.orderedSet(java.util.List.of(names));
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    private static Set<String> knownSet(Set<String> values, Set<String> names, String what) {
        if (values == null) {
            return Set.of();
        }
        return Copies.orderedSet(values.stream().map(value -> known(value, names, what)).toList());
    }

    private static String known(String name, Set<String> names, String what) {
        Objects.requireNonNull(name, what);
        String upper = name.strip().toUpperCase(Locale.ROOT);
        if (!names.contains(upper)) {
            throw new IllegalArgumentException("'" + name + "' is not " + article(what) + " " + what + " (one of "
                    + String.join(", ", names.stream().sorted().toList()) + ")");
        }
        return upper;
    }
}
