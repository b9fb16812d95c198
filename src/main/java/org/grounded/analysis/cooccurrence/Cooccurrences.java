package org.grounded.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.CodeTree;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

/**
 * Counts code co-occurrences ({@link #matrix}) and lists the pairs of passages behind one cell
 * ({@link #pairs}). Both sweep each document's quotations once (see {@link OverlapSweep}); a
 * quotation stands for all its codings at once, since its codings share one range.
 */
public final class Cooccurrences {

    private Cooccurrences() {
    }

    /**
     * The co-occurrence matrix of the request's codes.
     *
     * @throws IllegalArgumentException when the request names a code or group the project lacks
     */
    public static CooccurrenceMatrix matrix(Project project, CooccurrenceRequest request) {
        List<Code> codes = codes(project, request);
        Map<UUID, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            indexOf.put(codes.get(i).id(), i);
        }
        int size = codes.size();
        int[] codings = new int[size];
        long[][] counts = new long[size][size];
        for (Document document : documents(project, request)) {
            List<Quotation> quotations = project.quotationsIn(document.id());
            List<int[]> codesOf = new ArrayList<>(quotations.size());
            List<Quotation> coded = new ArrayList<>(quotations.size());
            for (Quotation quotation : quotations) {
                int[] indexes = indexesOf(quotation, indexOf);
                if (indexes.length > 0) {
                    coded.add(quotation);
                    codesOf.add(indexes);
                }
            }
            for (int[] indexes : codesOf) {
                for (int i = 0; i < indexes.length; i++) {
                    codings[indexes[i]]++;
                    // The pair (q, A), (q, B) of one quotation: once.
                    for (int j = i + 1; j < indexes.length; j++) {
                        counts[indexes[i]][indexes[j]]++;
                        counts[indexes[j]][indexes[i]]++;
                    }
                }
            }
            OverlapSweep.run(starts(coded), ends(coded), (earlier, later) -> {
                for (int a : codesOf.get(earlier)) {
                    for (int b : codesOf.get(later)) {
                        if (a != b) {
                            counts[a][b]++;
                            counts[b][a]++;
                        }
                    }
                }
            });
        }
        return new CooccurrenceMatrix(codes, codings, counts);
    }

    /**
     * Drill-down: the pairs of codings of {@code rowCode} and {@code columnCode} counted in
     * n(rowCode, columnCode), by document (in project order) and then by where the pair starts.
     * The first coding of each pair has {@code rowCode}.
     */
    public static List<CodingPair> pairs(Project project, CooccurrenceRequest request, UUID rowCode, UUID columnCode) {
        requireCode(project, rowCode);
        requireCode(project, columnCode);
        List<CodingPair> pairs = new ArrayList<>();
        if (rowCode.equals(columnCode)) {
            return pairs;
        }
        for (Document document : documents(project, request)) {
            List<Quotation> coded = project.quotationsIn(document.id()).stream()
                    .filter(q -> q.hasCode(rowCode) || q.hasCode(columnCode)).toList();
            List<CodingPair> found = new ArrayList<>();
            for (Quotation quotation : coded) {
                if (quotation.hasCode(rowCode) && quotation.hasCode(columnCode)) {
                    found.add(pair(quotation, rowCode, quotation, columnCode));
                }
            }
            OverlapSweep.run(starts(coded), ends(coded), (earlier, later) -> {
                Quotation first = coded.get(earlier);
                Quotation second = coded.get(later);
                if (first.hasCode(rowCode) && second.hasCode(columnCode)) {
                    found.add(pair(first, rowCode, second, columnCode));
                }
                if (first.hasCode(columnCode) && second.hasCode(rowCode)) {
                    found.add(pair(second, rowCode, first, columnCode));
                }
            });
            found.sort(java.util.Comparator.comparingInt((CodingPair p) -> Math.min(p.first().quotation().start(),
                            p.second().quotation().start()))
                    .thenComparingInt(p -> p.first().quotation().start())
                    .thenComparingInt(p -> p.second().quotation().start()));
            pairs.addAll(found);
        }
        return pairs;
    }

    /** The matrix indexes of a quotation's codes that are in the matrix. */
    private static int[] indexesOf(Quotation quotation, Map<UUID, Integer> indexOf) {
        int[] indexes = new int[quotation.codeIds().size()];
        int found = 0;
        for (UUID codeId : quotation.codeIds()) {
            Integer index = indexOf.get(codeId);
            if (index != null) {
                indexes[found++] = index;
            }
        }
        return found == indexes.length ? indexes : java.util.Arrays.copyOf(indexes, found);
    }

    private static CodingPair pair(Quotation first, UUID firstCode, Quotation second, UUID secondCode) {
        return new CodingPair(new Coding(first, firstCode), new Coding(second, secondCode));
    }

    private static List<Code> codes(Project project, CooccurrenceRequest request) {
        if (request.codeIds().isEmpty()) {
            return CodeTree.of(project).inTreeOrder();
        }
        List<Code> codes = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(request.codeIds())) {
            codes.add(requireCode(project, id));
        }
        return codes;
    }

    private static Code requireCode(Project project, UUID id) {
        return project.code(id).orElseThrow(() ->
                new IllegalArgumentException("The co-occurrence request names a code that is not in the project"));
    }

    private static List<Document> documents(Project project, CooccurrenceRequest request) {
        if (request.documentGroupIds().isEmpty()) {
            return List.copyOf(project.documents());
        }
        Set<UUID> chosen = new LinkedHashSet<>();
        for (UUID groupId : request.documentGroupIds()) {
            Group group = project.find(Group.class, groupId).orElseThrow(() ->
                    new IllegalArgumentException("The co-occurrence request names a group that is not in the project"));
            if (group.kind() != GroupKind.DOCUMENT) {
                throw new IllegalArgumentException("Group '" + group.name() + "' is a "
                        + group.kind().name().toLowerCase(Locale.ROOT) + " group, not a document group");
            }
            chosen.addAll(group.memberIds());
        }
        return project.documents().stream().filter(document -> chosen.contains(document.id())).toList();
    }

    private static int[] starts(List<Quotation> quotations) {
        return quotations.stream().mapToInt(Quotation::start).toArray();
    }

    private static int[] ends(List<Quotation> quotations) {
        return quotations.stream().mapToInt(Quotation::end).toArray();
    }
}
