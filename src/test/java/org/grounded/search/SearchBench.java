package org.grounded.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;

/**
 * Benchmark, not a test: builds the index of 1,000 generated interview transcripts (a third each
 * in Spanish, English and Malay, about 4,000 words in 60 speaker turns each, words drawn by Zipf's law
 * from 3,000-word lexicons with the topic words among the frequent ones) in a folder, as the
 * application does, and times queries of every form. Targets: build under 15 s, p50 under 20 ms.
 * Run with {@code mvn -B -Pbench test-compile exec:java -Dbench=search}; arguments (optional):
 * transcripts, turns per transcript, query repetitions.
 */
public final class SearchBench {

    private static final String[] SPANISH = ("leche donación donar banco madre hijo hospital miedo ayuda familia "
            + "semana bebé lactancia mamá enfermera sala pecho cuerpo tiempo noche día casa trabajo amiga comunidad "
            + "el la de que y en los las por con para una un es fue me mi pero porque muy").split(" ");
    private static final String[] ENGLISH = ("milk donation donate bank mother son hospital fear help family week "
            + "baby breastfeeding mum nurse ward breast body time night day home work friend community donor donors "
            + "the of and to in a it was that i my but because very so").split(" ");
    private static final String[] MALAY = ("susu menderma pendermaan bank ibu anak hospital takut bantuan keluarga "
            + "minggu bayi penyusuan mak jururawat wad badan masa malam hari rumah kerja kawan masyarakat "
            + "yang dan di itu saya untuk dengan ini tidak ada").split(" ");
    private static final String[] QUERIES = {"milk", "leche OR susu", "\"milk bank\"", "donat*", "donor~",
            "\"hospital fear\"~5", "milk AND hospital", "milk NOT bank", "lactancia", "penyusuan"};

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        int transcripts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Project project = generate(new Random(42), transcripts, turns);
        long words = project.documents().stream().mapToLong(Document::wordCount).sum();
        System.out.printf("%,d transcripts, %,d words, %,d MB of text%n", transcripts, words,
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

    /**
     * A language's words by frequency rank: its function words first, then 3,000 made-up words with
     * the topic words spread among them at ranks 20 to 400, as content words are in real interviews.
     */
    private static String[] lexicon(String[] words, Random random) {
        List<String> topic = new ArrayList<>();
        List<String> function = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            (i < words.length - 15 ? topic : function).add(words[i]);
        }
        List<String> lexicon = new ArrayList<>(function);
        String syllables = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu "
                + "pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu";
        String[] parts = syllables.split(" ");
        while (lexicon.size() < 3_000) {
            lexicon.add(parts[random.nextInt(parts.length)] + parts[random.nextInt(parts.length)]
                    + parts[random.nextInt(parts.length)]);
        }
        for (int i = 0; i < topic.size(); i++) {
            lexicon.add(20 + i * 380 / topic.size(), topic.get(i));
        }
        return lexicon.toArray(String[]::new);
    }

    /** Cumulative Zipf probabilities (s = 1) over n ranks. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 1; rank <= n; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    static Project generate(Random random, int transcripts, int turns) {
        Project project = Project.create("Benchmark study");
        EntityEdit.Builder edit = EntityEdit.builder("Generate");
        String[] languages = {"es", "en", "ms"};
        Map<String, String[]> lexicons = Map.of("es", lexicon(SPANISH, random), "en", lexicon(ENGLISH, random),
                "ms", lexicon(MALAY, random));
        double[] zipf = zipf(lexicons.get("en").length);
        for (int t = 0; t < transcripts; t++) {
            String language = languages[t % 3];
            String[] vocabulary = lexicons.get(language);
            String speaker = "P" + t;
            StringBuilder text = new StringBuilder();
            List<SpeakerTurn> speakerTurns = new ArrayList<>();
            for (int turn = 0; turn < turns; turn++) {
                String who = turn % 2 == 0 ? "Interviewer" : speaker;
                int start = text.length();
                text.append(who).append(": ");
                int length = turn % 2 == 0 ? 10 + random.nextInt(20) : 60 + random.nextInt(120);
                for (int w = 0; w < length; w++) {
                    int rank = Arrays.binarySearch(zipf, random.nextDouble());
                    text.append(vocabulary[Math.min(vocabulary.length - 1, rank < 0 ? -rank - 1 : rank)]);
                    text.append(w % 12 == 11 ? ". " : " ");
                }
                speakerTurns.add(new SpeakerTurn(start, text.length() - 1, who));
                text.setCharAt(text.length() - 1, '\n');
            }
            Document document = new Document(UUID.randomUUID(), "Interview " + t, text.toString(), "", Instant.EPOCH,
                    language, Map.of(), speakerTurns, Set.of("Interviewer"));
            edit.add(document);
            edit.add(Participant.of(speaker).withSpeakers(Set.of(new SpeakerRef(document.id(), speaker))));
        }
        project.apply(edit.build());
        return project;
    }
}
