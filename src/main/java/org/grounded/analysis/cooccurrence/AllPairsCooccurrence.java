package org.grounded.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.CodeTree;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

/**
 * Co-occurrence counted the way QualCoder and RQDA count it: per document, every coding compared
 * with every other coding of a different code, the pair counted when the two ranges are equal,
 * one is nested in the other, or they overlap. Quadratic in the codings of a document; kept
 * plain on purpose, as the oracle {@code grounded bench} checks {@link Cooccurrences#matrix}
 * against and times it beside (the peer's algorithm in the same run).
 */
public final class AllPairsCooccurrence {

    private AllPairsCooccurrence() {
    }

    /** The matrix of all codes over all documents, in the order {@link Cooccurrences#matrix} gives them. */
    public static CooccurrenceMatrix matrix(Project project) {
        List<Code> codes = CodeTree.of(project).inTreeOrder();
        Map<UUID, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            indexOf.put(codes.get(i).id(), i);
        }
        int[] codingCounts = new int[codes.size()];
        long[][] counts = new long[codes.size()][codes.size()];
        for (Document document : project.documents()) {
            List<int[]> codings = new ArrayList<>(); // {start, end, code index}
            for (Quotation quotation : project.quotationsIn(document.id())) {
                for (UUID codeId : quotation.codeIds()) {
                    int code = indexOf.get(codeId);
                    codings.add(new int[] {quotation.start(), quotation.end(), code});
                    codingCounts[code]++;
                }
            }
            for (int i = 0; i < codings.size(); i++) {
                int[] x = codings.get(i);
                for (int j = i + 1; j < codings.size(); j++) {
                    int[] y = codings.get(j);
                    if (x[2] != y[2] && (equal(x, y) || nested(x, y) || nested(y, x) || overlapping(x, y))) {
                        counts[x[2]][y[2]]++;
                        counts[y[2]][x[2]]++;
                    }
                }
            }
        }
        return new CooccurrenceMatrix(codes, codingCounts, counts);
    }

    private static boolean equal(int[] x, int[] y) {
        return x[0] == y[0] && x[1] == y[1];
    }

    /** {@code inner} lies within {@code outer}. */
    private static boolean nested(int[] inner, int[] outer) {
        return outer[0] <= inner[0] && inner[1] <= outer[1];
    }

    /** Each starts inside the other's range and ends past it (ranges are half-open: touching is no overlap). */
    private static boolean overlapping(int[] x, int[] y) {
        return x[0] < y[0] && y[0] < x[1] && x[1] < y[1]
                || y[0] < x[0] && x[0] < y[1] && y[1] < x[1];
    }
}
