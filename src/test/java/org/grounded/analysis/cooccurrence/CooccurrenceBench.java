package org.grounded.analysis.cooccurrence;

import java.util.Arrays;
import java.util.List;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.Project;

/**
 * Benchmark, not a test: times the co-occurrence sweep on a generated study of 200,000
 * quotations over 50 codes and 200 documents (the size that must stay interactive). Run with
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.grounded.analysis.cooccurrence.CooccurrenceBench
 * </pre>
 * Arguments (optional): quotations, codes, documents, repetitions.
 */
public final class CooccurrenceBench {

    private CooccurrenceBench() {
    }

    public static void main(String[] args) {
        int quotations = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int codes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 10;

        long buildStart = System.nanoTime();
        // Transcripts of about 40,000 characters; quotations of about 30 words, 1.6 codes each on average.
        Project project = StudyGenerator.generate(new StudySize(documents, 7_000, codes, quotations, documents), 42);
        System.out.printf("built %,d quotations over %d codes and %d documents in %.0f ms%n",
                project.quotations().size(), codes, documents, (System.nanoTime() - buildStart) / 1e6);

        double[] millis = new double[repetitions];
        CooccurrenceMatrix matrix = null;
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            matrix = Cooccurrences.matrix(project, CooccurrenceRequest.allCodes());
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        long pairs = 0;
        for (int a = 0; a < matrix.size(); a++) {
            for (int b = a + 1; b < matrix.size(); b++) {
                pairs += matrix.count(a, b);
            }
        }
        Arrays.sort(millis);
        System.out.printf("matrix: %,d co-occurring pairs of codings; %d runs: first %.0f ms, min %.0f ms, median %.0f ms%n",
                pairs, repetitions, millis[repetitions - 1], millis[0], millis[repetitions / 2]);

        int row = 0;
        int column = 1;
        for (int a = 0; a < matrix.size(); a++) {
            for (int b = a + 1; b < matrix.size(); b++) {
                if (matrix.count(a, b) > matrix.count(row, column)) {
                    row = a;
                    column = b;
                }
            }
        }
        long drillStart = System.nanoTime();
        List<CodingPair> cell = Cooccurrences.pairs(project, CooccurrenceRequest.allCodes(),
                matrix.codes().get(row).id(), matrix.codes().get(column).id());
        System.out.printf("drill-down of the fullest cell: %,d pairs in %.0f ms%n", cell.size(),
                (System.nanoTime() - drillStart) / 1e6);
    }
}
