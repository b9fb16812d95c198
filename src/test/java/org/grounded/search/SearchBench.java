package org.grounded.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Progress;
import org.grounded.model.Project;

/**
 * Benchmark, not a test: builds the index of 1,000 interview transcripts from the study generator
 * (a third each in Spanish, English and Malay, 4,000 words in speaker turns each, words drawn by
 * Zipf's law from 3,000-word lexicons with the topic words among the frequent ones) in a folder, as the
 * application does, and times queries of every form. Targets: build under 15 s, p50 under 20 ms.
 * Run with {@code mvn -B -Pbench test-compile exec:java -Dbench=search}; arguments (optional):
 * transcripts, words per transcript, query repetitions.
 */
public final class SearchBench {

    private static final String[] QUERIES = {"milk", "leche OR susu", "\"milk bank\"", "donat*", "donor~",
            "\"hospital fear\"~5", "milk AND hospital", "milk NOT bank", "lactancia", "penyusuan"};

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        int transcripts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Project project = StudyGenerator.generate(new StudySize(transcripts, words, 3, 0, transcripts), 42);
        System.out.printf("%,d transcripts, %,d words, %,d MB of text%n", transcripts, (long) transcripts * words,
                project.documents().stream().mapToLong(d -> d.text().length()).sum() * 2 / 1_000_000);

        Path folder = Files.createTempDirectory("grounded-search-bench");
        try {
            long start = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(folder)) {
                index.update(project, Progress.NONE);
            }
            System.out.printf("index build (open, index, commit, close): %.1f s (target < 15 s)%n",
                    (System.nanoTime() - start) / 1e9);

            start = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(folder)) {
                IndexUpdate update = index.update(project, Progress.NONE);
                System.out.printf("reopen and check an up-to-date index: %.1f s (%d unchanged)%n",
                        (System.nanoTime() - start) / 1e9, update.unchanged());
                liveUpdate(index, project);
                queries(index, project, repetitions);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * A transcript imported while the project is open, re-indexed alone (the window's live
     * update), against another imported the way each search after an edit did before (every
     * document's fingerprint checked); then a coding-like edit's cost before (a check of every
     * document, nothing written) — now nothing. Both transcripts are taken out again.
     */
    private static void liveUpdate(SearchIndex index, Project project) throws IOException {
        Document model = project.documents().iterator().next();
        Document alone = imported(model, "alone");
        project.apply(EntityEdit.add("Import", alone));
        long start = System.nanoTime();
        IndexUpdate one = index.update(project, Set.of(alone.id()), Progress.NONE);
        System.out.printf("one imported transcript re-indexed alone: %.0f ms (%d written, %d checked)%n",
                (System.nanoTime() - start) / 1e6, one.indexed(), one.indexed() + one.unchanged());
        Document checked = imported(model, "checked");
        project.apply(EntityEdit.add("Import", checked));
        start = System.nanoTime();
        IndexUpdate all = index.update(project, Progress.NONE);
        System.out.printf("one imported transcript with every document checked (before): %.0f ms (%d written, %d checked)%n",
                (System.nanoTime() - start) / 1e6, all.indexed(), all.indexed() + all.unchanged());
        start = System.nanoTime();
        all = index.update(project, Progress.NONE);
        System.out.printf("after a coding edit, every document checked (before; now skipped): %.0f ms (%d checked)%n",
                (System.nanoTime() - start) / 1e6, all.unchanged());
        project.apply(EntityEdit.builder("Remove").remove(alone).remove(checked).build());
        start = System.nanoTime();
        IndexUpdate removed = index.update(project, Set.of(alone.id(), checked.id()), Progress.NONE);
        System.out.printf("both transcripts taken out: %.0f ms (%d removed)%n", (System.nanoTime() - start) / 1e6,
                removed.removed());
    }

    private static Document imported(Document model, String name) {
        return new Document(UUID.randomUUID(), name, model.text(), name + ".txt", model.importedAt(), model.language(),
                java.util.Map.of(), model.turns(), model.interviewers());
    }

    private static void queries(SearchIndex index, Project project, int repetitions) throws IOException {
        List<SearchRequest> requests = new ArrayList<>();
        for (String query : QUERIES) {
            requests.add(SearchRequest.of(query).withLimit(500));
            requests.add(SearchRequest.of(query).withWordForms(WordForms.STEMMED).withLimit(500));
        }
        for (SearchRequest request : requests) {
            index.search(project, request); // warm up
        }
        double[] all = new double[requests.size() * repetitions];
        int n = 0;
        for (SearchRequest request : requests) {
            double[] times = new double[repetitions];
            int hits = 0;
            for (int i = 0; i < repetitions; i++) {
                long start = System.nanoTime();
                hits = index.search(project, request).totalHits();
                times[i] = (System.nanoTime() - start) / 1e6;
                all[n++] = times[i];
            }
            Arrays.sort(times);
            System.out.printf("  %-22s %-7s %,9d hits  p50 %7.1f ms  p95 %7.1f ms%n", request.query(),
                    request.wordForms() == WordForms.EXACT ? "exact" : "stemmed", hits,
                    times[repetitions / 2], times[(int) (repetitions * 0.95)]);
        }
        Arrays.sort(all);
        System.out.printf("all queries (first 500 hits listed, all counted): p50 %.1f ms (target < 20 ms), p95 %.1f ms%n",
                all[all.length / 2], all[(int) (all.length * 0.95)]);
    }
}
