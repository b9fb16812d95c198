package org.grounded.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;

/**
 * Benchmark, not a test: times the co-occurrence sweep on a random project of 200,000
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
        Project project = randomProject(new Random(42), quotations, codes, documents);
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

        long drillStart = System.nanoTime();
        List<CodingPair> cell = Cooccurrences.pairs(project, CooccurrenceRequest.allCodes(),
                matrix.codes().get(0).id(), matrix.codes().get(1).id());
        System.out.printf("drill-down of one cell: %,d pairs in %.0f ms%n", cell.size(),
                (System.nanoTime() - drillStart) / 1e6);
    }

    /** Documents of 40,000 characters; passages of 20 to 400 characters with 1 to 3 codes each. */
    public static Project randomProject(Random random, int quotationCount, int codeCount, int documentCount) {
        Project project = Project.create("bench");
        EntityEdit.Builder edit = EntityEdit.builder("bench");
        List<UUID> codes = new ArrayList<>();
        for (int c = 0; c < codeCount; c++) {
            Code code = Code.of("code " + c, null);
            codes.add(code.id());
            edit.add(code);
        }
        int length = 40_000;
        String text = "x".repeat(length);
        List<Document> documents = new ArrayList<>();
        for (int d = 0; d < documentCount; d++) {
            Document document = Document.of("document " + d, text);
            documents.add(document);
            edit.add(document);
        }
        for (int q = 0; q < quotationCount; q++) {
            Document document = documents.get(q % documentCount);
            int passage = 20 + random.nextInt(381);
            int start = random.nextInt(length - passage);
            List<UUID> codeIds = new ArrayList<>();
            int perQuotation = 1 + random.nextInt(3);
            for (int k = 0; k < perQuotation; k++) {
                codeIds.add(codes.get(random.nextInt(codeCount)));
            }
            edit.add(Quotation.of(document.id(), start, start + passage, codeIds, "bench"));
        }
        project.apply(edit.build());
        return project;
    }
}
