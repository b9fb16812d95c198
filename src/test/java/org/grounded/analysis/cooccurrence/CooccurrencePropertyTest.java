package org.grounded.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the sweep against a brute-force all-pairs oracle on random projects (seeded, so repeatable). */
public class CooccurrencePropertyTest {

    private static final int PROJECTS = 300;

    @Test
    void theSweepCountsWhatComparingAllPairsOfCodingsCounts() {
        Random random = new Random(20250401L);
        for (int run = 0; run < PROJECTS; run++) {
            Project project = randomProject(random);
            CooccurrenceMatrix matrix = Cooccurrences.matrix(project, CooccurrenceRequest.allCodes());
            long[][] expected = bruteForce(project, matrix.codes());
            for (int a = 0; a < matrix.size(); a++) {
                for (int b = 0; b < matrix.size(); b++) {
                    assertThat(matrix.count(a, b)).as("project %d, n(%s, %s)", run,
                            matrix.codes().get(a).name(), matrix.codes().get(b).name()).isEqualTo(expected[a][b]);
                }
                int index = a;
                assertThat(matrix.codings(a)).isEqualTo((int) project.quotations().stream()
                        .filter(q -> q.hasCode(matrix.codes().get(index).id())).count());
            }
            checkDrillDown(project, matrix, random, run);
        }
    }

    private static void checkDrillDown(Project project, CooccurrenceMatrix matrix, Random random, int run) {
        int a = random.nextInt(matrix.size());
        int b = random.nextInt(matrix.size());
        List<CodingPair> pairs = Cooccurrences.pairs(project, CooccurrenceRequest.allCodes(),
                matrix.codes().get(a).id(), matrix.codes().get(b).id());
        assertThat(pairs).as("project %d, pairs of %d and %d", run, a, b).hasSize((int) matrix.count(a, b));
        Set<String> distinct = new HashSet<>();
        for (CodingPair pair : pairs) {
            assertThat(pair.first().quotation().hasCode(pair.first().codeId())).isTrue();
            assertThat(pair.second().quotation().hasCode(pair.second().codeId())).isTrue();
            assertThat(pair.first().quotation().overlaps(pair.second().quotation())
                    || pair.sameQuotation()).isTrue();
            distinct.add(pair.first().quotation().id() + "/" + pair.second().quotation().id());
        }
        assertThat(distinct).as("no pair listed twice").hasSize(pairs.size());
    }

    /** Every unordered pair of codings with different codes in one document that share a character. */
    /** n(A, B) for every pair of the codes, by looking at every two codings (a window test uses it too). */
    public static long[][] bruteForce(Project project, List<Code> codes) {
        List<Quotation> quotations = new ArrayList<>(project.quotations());
        List<UUID> ids = codes.stream().map(Code::id).toList();
        List<int[]> codings = new ArrayList<>(); // {quotation index, code index}
        for (int q = 0; q < quotations.size(); q++) {
            for (UUID code : quotations.get(q).codeIds()) {
                codings.add(new int[] {q, ids.indexOf(code)});
            }
        }
        long[][] counts = new long[codes.size()][codes.size()];
        for (int i = 0; i < codings.size(); i++) {
            for (int j = i + 1; j < codings.size(); j++) {
                Quotation x = quotations.get(codings.get(i)[0]);
                Quotation y = quotations.get(codings.get(j)[0]);
                int a = codings.get(i)[1];
                int b = codings.get(j)[1];
                boolean share = x.documentId().equals(y.documentId()) && x.start() < y.end() && y.start() < x.end();
                if (a != b && share) {
                    counts[a][b]++;
                    counts[b][a]++;
                }
            }
        }
        return counts;
    }

    /** Small documents so that overlaps are common; some ranges repeat or nest inside earlier ones. */
    private static Project randomProject(Random random) {
        Project project = Project.create("random");
        EntityEdit.Builder edit = EntityEdit.builder("random");
        List<Code> codes = new ArrayList<>();
        int codeCount = 2 + random.nextInt(6);
        for (int c = 0; c < codeCount; c++) {
            Code code = Code.of("code " + c, null);
            codes.add(code);
            edit.add(code);
        }
        int documentCount = 1 + random.nextInt(3);
        for (int d = 0; d < documentCount; d++) {
            int length = 10 + random.nextInt(120);
            Document document = Document.of("document " + d, "x".repeat(length));
            edit.add(document);
            List<int[]> ranges = new ArrayList<>();
            int quotationCount = random.nextInt(30);
            for (int q = 0; q < quotationCount; q++) {
                int[] range = nextRange(random, length, ranges);
                ranges.add(range);
                List<UUID> codeIds = new ArrayList<>();
                int perQuotation = 1 + random.nextInt(Math.min(4, codeCount));
                for (int k = 0; k < perQuotation; k++) {
                    codeIds.add(codes.get(random.nextInt(codeCount)).id());
                }
                edit.add(Quotation.of(document.id(), range[0], range[1], codeIds, "random"));
            }
        }
        project.apply(edit.build());
        return project;
    }

    private static int[] nextRange(Random random, int length, List<int[]> earlier) {
        int kind = random.nextInt(4);
        if (kind == 0 && !earlier.isEmpty()) {
            return earlier.get(random.nextInt(earlier.size())).clone(); // identical
        }
        if (kind == 1 && !earlier.isEmpty()) {
            int[] outer = earlier.get(random.nextInt(earlier.size())); // nested (or identical)
            int start = outer[0] + random.nextInt(outer[1] - outer[0]);
            int end = start + 1 + random.nextInt(outer[1] - start);
            return new int[] {start, end};
        }
        int start = random.nextInt(length);
        int end = start + 1 + random.nextInt(Math.min(length - start, 1 + length / 3));
        return new int[] {start, end};
    }
}
