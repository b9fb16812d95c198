package org.grounded.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.cooccurrence.AllPairsCooccurrence;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.EdgeKind;
import org.grounded.analysis.network.NetworkBuilder;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkRequest;
import org.grounded.analysis.network.layout.LayoutKind;
import org.grounded.analysis.network.layout.Layouts;
import org.grounded.analysis.network.layout.NetworkLayout;
import org.grounded.export.report.ReportOptions;
import org.grounded.export.report.StudyReport;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudyQueries;
import org.grounded.generate.StudySize;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectJournal;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Edit;
import org.grounded.model.EntityEdit;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.edits.CodingEdits;
import org.grounded.search.SearchIndex;
import org.grounded.search.SearchRequest;
import org.grounded.search.WordForms;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code grounded bench}: generates a large study in memory and times what a researcher waits for
 * on it, each measure after a warm-up run, as the median of several runs; prints one JSON object
 * per line. Also computes the co-occurrence the peer's way (all pairs of codings) and fails when
 * the two matrices differ.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Generate a large study in memory (as grounded generate does) and measure, each after a "
                + "warm-up run, as the median of several runs: saving and opening its project file, the citations "
                + "table, the co-occurrence matrix (and the peer's all-pairs algorithm, checked equal), a network's "
                + "build and layout, the search index and query latency, the study report, one coding action, "
                + "and the peak heap. One JSON object per line.",
                "A measure whose warm-up run takes over 2 s runs 3 times, over 10 s once (its line says how many)."})
final class BenchCommand implements Callable<Integer> {

    /** The exit code when the sweep and the all-pairs algorithm disagree. */
    static final int MATRICES_DIFFER = 3;
    private static final int CODING_WARM_UP = 200;
    private static final int CODING_ACTIONS = 1_000;
    private static final int NETWORK_EDGES = 5_000;
    private static final int TRANSCRIPT_WORDS = 100_000;
    private static final int TRANSCRIPT_QUOTATIONS = 2_000;

    @Spec
    CommandSpec spec;

    @Mixin
    StudySizeOptions sizeOptions;

    @ParentCommand
    GroundedCommand root;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "7",
            description = "timed runs of a quick measure after its warm-up (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--window", description = "measure the window instead, headless (JavaFX's Monocle platform, "
            + "as the GUI tests run): opening, a coding action from Enter to the highlight's frame, the bytes saved "
            + "per edit, the citations table, the co-occurrence matrix, its counts/c switch and scroll steps, and the "
            + "longest frame gap through all of it")
    boolean window;

    @Option(names = "--actions", paramLabel = "N", defaultValue = "200",
            description = "with --window: coding actions timed after 20 to warm up (default ${DEFAULT-VALUE})")
    int actions;

    @Option(names = "--folder", paramLabel = "FOLDER", description = "where to write the project file, the index "
            + "and the report (a temporary folder inside it, deleted after; default the system's temporary folder)")
    Path parent;

    @Option(names = "--only", paramLabel = "MEASURE", split = ",", description = "run only these measures (and "
            + "the others their step prints), e.g. --only report or --only save,open; generate and peak_heap_mb always run")
    Set<String> only;

    private final ObjectMapper json = new ObjectMapper();
    private PrintWriter out;
    /** Keeps each result reachable, so no run is optimised away. */
    private volatile Object kept;

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, not " + runs);
        }
        out = spec.commandLine().getOut();
        if (window) {
            if (actions < 1) {
                throw new IllegalArgumentException("--actions must be at least 1, not " + actions);
            }
            WindowBenchmark benchmark = root.windowBenchmark().orElseThrow(() -> new IllegalStateException(
                    "bench --window needs the window: run it from the jar (java -jar target/grounded.jar bench --window)"));
            return benchmark.run(sizeOptions.size(), sizeOptions.seed, actions, out);
        }
        HeapSampler heap = HeapSampler.start();
        StudySize size = sizeOptions.size();
        long generateStart = System.nanoTime();
        Project project = StudyGenerator.generate(size, sizeOptions.seed);
        line(Map.of("measure", "generate", "ms", round((System.nanoTime() - generateStart) / 1e6),
                "documents", size.documents(), "words", size.words(), "codes", size.codes(),
                "quotations", size.quotations(), "codings", size.codings(), "participants", size.participants(),
                "seed", sizeOptions.seed));
        Path folder = Files.createTempDirectory(parent == null ? Path.of(System.getProperty("java.io.tmpdir")) : parent,
                "grounded-bench");
        int exit = 0;
        try {
            if (wanted("save", "open", "project_file_mb")) {
                fileMeasures(project, folder);
            }
            if (wanted("citations_table")) {
                time("citations_table", () -> CitationTables.compute(project, CitationTableRequest.defaults()));
            }
            if (wanted("cooccurrence", "cooccurrence_allpairs")) {
                exit = cooccurrence(project);
            }
            if (wanted("network_build", "network_layout")) {
                network(project);
            }
            if (wanted("index_build", "query")) {
                search(project, folder);
            }
            if (wanted("report")) {
                report(project, folder);
            }
            if (wanted("quotations_all", "quotations_category_coder")) {
                quotations(project);
            }
            if (wanted("coding_action")) {
                codingAction(project, folder);
            }
            if (wanted("coding_action_window")) {
                codingActionInTheWindowsModels(project, folder);
            }
        } finally {
            delete(folder);
        }
        transcriptView(size);
        heap.stop();
        line(ordered("measure", "peak_heap_mb", "value", round(heap.peak() / 1e6),
                "after_gc_mb", round(heap.peakAfterCollections() / 1e6),
                "max_heap_mb", round(Runtime.getRuntime().maxMemory() / 1e6),
                "how", "value: heap in use, sampled every 10 ms, garbage included (without -Xmx the JVM lets it grow "
                        + "to a quarter of the memory); after_gc: the most in use right after a collection"));
        out.flush();
        return exit;
    }

    /** Save (atomic, with its backup) and open the project file. */
    private void fileMeasures(Project project, Path folder) throws Exception {
        ProjectFileStore store = new ProjectFileStore();
        Path file = folder.resolve("study" + ProjectFileStore.EXTENSION);
        time("save", () -> {
            store.save(project, file);
            return file;
        });
        line(Map.of("measure", "project_file_mb", "value", round(Files.size(file) / 1e6)));
        time("open", () -> store.load(file));
    }

    /**
     * The quotations browser's (and {@code grounded quotes}') listing: every quotation, and a
     * category with its sub-codes as one coder coded it.
     */
    private void quotations(Project project) throws Exception {
        time("quotations_all", () -> org.grounded.analysis.report.QuotationReports.of(project)
                .rows(org.grounded.analysis.report.QuotationFilter.ALL));
        java.util.UUID category = project.codeTree().roots().get(0).id();
        String coder = project.quotations().iterator().next().coder();
        time("quotations_category_coder", () -> org.grounded.analysis.report.QuotationReports.of(project)
                .rows(org.grounded.analysis.report.QuotationFilter.ALL.withCodes(List.of(category), true)
                        .withCoder(coder)));
    }

    /** Both co-occurrence algorithms on the same study; 0 when their matrices agree. */
    private int cooccurrence(Project project) throws Exception {
        Measured sweep = time("cooccurrence", () -> Cooccurrences.matrix(project, CooccurrenceRequest.allCodes()));
        Measured allPairs = time("cooccurrence_allpairs", () -> AllPairsCooccurrence.matrix(project));
        CooccurrenceMatrix fast = Cooccurrences.matrix(project, CooccurrenceRequest.allCodes());
        CooccurrenceMatrix oracle = AllPairsCooccurrence.matrix(project);
        boolean equal = fast.equals(oracle);
        line(Map.of("measure", "cooccurrence_vs_allpairs_ratio", "value", round(allPairs.median() / sweep.median()),
                "matrices_equal", equal));
        if (!equal) {
            spec.commandLine().getErr().println("grounded: the co-occurrence sweep and the all-pairs algorithm "
                    + "counted different matrices on this study");
            return MATRICES_DIFFER;
        }
        return 0;
    }

    /** The code map (codes, co-occurrence and relations) cut to its heaviest edges, then its force layout. */
    private void network(Project project) throws Exception {
        time("network_build", () -> heaviest(NetworkBuilder.build(project, NetworkRequest.codeMap()), NETWORK_EDGES));
        CodeNetwork network = heaviest(NetworkBuilder.build(project, NetworkRequest.codeMap()), NETWORK_EDGES);
        Measured layout = time("network_layout", () -> Layouts.run(network, LayoutKind.FORCE, sizeOptions.seed,
                NetworkLayout.empty(), Set.of()));
        line(Map.of("measure", "network_size", "nodes", network.nodes().size(), "edges", network.edges().size(),
                "layout_median_ms", round(layout.median())));
    }

    /** The relations and the heaviest co-occurrence edges, {@code limit} edges in all. */
    private static CodeNetwork heaviest(CodeNetwork network, int limit) {
        List<NetworkEdge> edges = new ArrayList<>(network.edges());
        edges.sort(Comparator.comparing((NetworkEdge edge) -> edge.kind() != EdgeKind.RELATION)
                .thenComparing(Comparator.comparingDouble(NetworkEdge::weight).reversed())
                .thenComparing(NetworkEdge::id));
        return new CodeNetwork(network.nodes(), edges.subList(0, Math.min(limit, edges.size())));
    }

    /** The index built in a fresh folder (as on first open), then each fixed query's latency. */
    private void search(Project project, Path folder) throws Exception {
        AtomicLong builds = new AtomicLong();
        time("index_build", () -> {
            try (SearchIndex index = SearchIndex.open(folder.resolve("index-" + builds.incrementAndGet()))) {
                return index.update(project, Progress.NONE);
            }
        });
        List<SearchRequest> requests = new ArrayList<>();
        List<String> queries = StudyQueries.fixed();
        for (int i = 0; i < queries.size(); i++) {
            requests.add(SearchRequest.of(queries.get(i)).withWordForms(i % 2 == 0 ? WordForms.EXACT : WordForms.STEMMED)
                    .withLimit(500));
        }
        try (SearchIndex index = SearchIndex.open(folder.resolve("index-" + builds.get()))) {
            index.update(project, Progress.NONE);
            for (SearchRequest request : requests) {
                kept = index.search(project, request); // warm-up
            }
            int passes = 3;
            double[] millis = new double[requests.size() * passes];
            int n = 0;
            for (int pass = 0; pass < passes; pass++) {
                for (SearchRequest request : requests) {
                    long start = System.nanoTime();
                    kept = index.search(project, request);
                    millis[n++] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(millis);
            line(ordered("measure", "query", "median_ms", round(percentile(millis, 50)), "p95_ms",
                    round(percentile(millis, 95)), "p99_ms", round(percentile(millis, 99)), "runs", millis.length,
                    "queries", requests.size()));
        }
    }

    /**
     * The study report as {@code grounded report} writes it: the whole appendix folder (index.html,
     * report.docx, the figure as SVG and PNG) from the project in memory.
     */
    private void report(Project project, Path folder) throws Exception {
        AtomicLong reports = new AtomicLong();
        time("report", () -> StudyReport.write(project, ReportOptions.DEFAULTS,
                folder.resolve("report-" + reports.incrementAndGet())));
    }

    /** Whether a measure is to be run: all of them, or one of those --only names. */
    private boolean wanted(String... measures) {
        return only == null || only.isEmpty() || Arrays.stream(measures).anyMatch(only::contains);
    }

    /**
     * Coding a passage as the window does without its view: the edit made from the selection, applied
     * to the project, kept for undo, and appended to the journal (forced to disk). The view models'
     * refresh and the autosave's scheduling live in the window and are not timed here.
     */
    private void codingAction(Project project, Path folder) throws Exception {
        Path file = folder.resolve("coding" + ProjectFileStore.EXTENSION);
        long checksum = new ProjectFileStore().save(project, file, written -> { });
        List<Document> documents = List.copyOf(project.documents());
        List<UUID> codes = project.codes().stream().map(Code::id).toList();
        Deque<Edit> undo = new ArrayDeque<>();
        double[] millis = new double[CODING_ACTIONS];
        try (ProjectJournal journal = ProjectJournal.open(file, project, checksum)) {
            for (int i = 0; i < CODING_WARM_UP + CODING_ACTIONS; i++) {
                Document document = documents.get(i * 7919 % documents.size());
                int start = (i * 7_331) % (document.text().length() - 80);
                UUID code = codes.get(i * 104_729 % codes.size());
                long began = System.nanoTime();
                EntityEdit edit = CodingEdits.applyCodes(project, document.id(), start, start + 75, List.of(code),
                        "bench", Instant.now()).orElseThrow();
                project.apply(edit);
                undo.push(edit);
                journal.record(edit.description(), project.revision(), List.of(edit));
                if (i >= CODING_WARM_UP) {
                    millis[i - CODING_WARM_UP] = (System.nanoTime() - began) / 1e6;
                }
            }
            while (!undo.isEmpty()) {
                project.revert(undo.pop());
            }
            journal.saved(project.revision(), checksum);
        }
        Arrays.sort(millis);
        line(ordered("measure", "coding_action", "median_ms", round(percentile(millis, 50)), "p99_ms",
                round(percentile(millis, 99)), "runs", millis.length,
                "covers", "edit, apply, undo record, journal append forced to disk; not the window's refresh"));
    }

    /**
     * A coding action as the window makes it, without painting: the selection in the viewer snapped
     * to words, the edit, the undo record, the journal append forced to disk, every pane of the
     * workbench refreshed (decision 0027: only what the edit names) and the autosave scheduled. On a
     * copy of the study, coding the first transcript, which stays shown. The launcher supplies the
     * view models; without them (a test's command line) the measure is skipped.
     */
    private void codingActionInTheWindowsModels(Project original, Path folder) throws Exception {
        if (root == null || root.windowModels().isEmpty()) {
            line(ordered("measure", "coding_action_window", "skipped", "the window's view models come from the "
                    + "launcher: run java -jar target/grounded.jar bench"));
            return;
        }
        Project project = original.copy();
        Path file = folder.resolve("window" + ProjectFileStore.EXTENSION);
        long checksum = new ProjectFileStore().save(project, file, written -> { });
        Document document = project.documents().iterator().next();
        List<UUID> codes = project.codes().stream().map(Code::id).toList();
        double[] millis = new double[CODING_ACTIONS];
        int changed = 0;
        try (ProjectJournal journal = ProjectJournal.open(file, project, checksum)) {
            WindowModels.Coder coder = root.windowModels().get().open(project, file, journal, document.id(),
                    codes.get(0));
            int length = document.text().length();
            for (int i = 0; i < CODING_WARM_UP + CODING_ACTIONS; i++) {
                int start = (i * 7_331) % (length - 80);
                UUID code = codes.get(i * 104_729 % codes.size());
                long began = System.nanoTime();
                boolean coded = coder.code(start, start + 75, code);
                if (i >= CODING_WARM_UP) {
                    millis[i - CODING_WARM_UP] = (System.nanoTime() - began) / 1e6;
                    changed += coded ? 1 : 0;
                }
            }
        }
        Arrays.sort(millis);
        line(ordered("measure", "coding_action_window", "median_ms", round(percentile(millis, 50)), "p99_ms",
                round(percentile(millis, 99)), "runs", millis.length, "edits", changed,
                "covers", "selection snapped, edit, undo record, journal append forced to disk, the workbench's 11 "
                        + "view models refreshed, autosave scheduled; not painting (grounded bench --window)"));
    }

    /**
     * The transcript viewer over one long transcript (100,000 words with 2,000 quotations, or the
     * study's whole text and quotations when smaller): opening it, scrolling a page, coding a
     * passage, undoing it. The launcher supplies the viewer; without it (a test's command line)
     * the measure is skipped.
     */
    private void transcriptView(StudySize size) throws Exception {
        if (root == null || root.transcriptViewBenchmark().isEmpty()) {
            line(ordered("measure", "transcript_view", "skipped", "the transcript viewer comes from the "
                    + "launcher: run java -jar target/grounded.jar bench"));
            return;
        }
        int words = (int) Math.min(TRANSCRIPT_WORDS, (long) size.words() * size.documents());
        int quotations = Math.min(TRANSCRIPT_QUOTATIONS, size.quotations());
        for (Map<String, Object> measured : root.transcriptViewBenchmark().get().run(words, quotations,
                sizeOptions.seed)) {
            line(measured);
        }
    }

    private record Measured(double median, double p99, int runs) {
    }

    /** One warm-up run, then up to {@code runs} timed runs (fewer when one run is long); prints the line. */
    private Measured time(String measure, Work work) throws Exception {
        long warmStart = System.nanoTime();
        kept = work.run();
        double warm = (System.nanoTime() - warmStart) / 1e6;
        int count = warm > 10_000 ? 1 : warm > 2_000 ? Math.min(3, runs) : runs;
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            kept = work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Measured measured = new Measured(percentile(millis, 50), percentile(millis, 99), count);
        kept = null;
        line(ordered("measure", measure, "median_ms", round(measured.median()), "p99_ms", round(measured.p99()),
                "runs", count, "warm_up_ms", round(warm)));
        return measured;
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private void line(Map<String, Object> values) throws IOException {
        Map<String, Object> inOrder = values instanceof LinkedHashMap<String, Object> ? values : new LinkedHashMap<>();
        if (inOrder != values) {
            inOrder.put("measure", values.get("measure"));
            values.entrySet().stream().filter(e -> !e.getKey().equals("measure"))
                    .sorted(Map.Entry.comparingByKey()).forEach(e -> inOrder.put(e.getKey(), e.getValue()));
        }
        out.println(json.writeValueAsString(inOrder));
        out.flush();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * The most heap in use, sampled on a daemon thread, and the most in use right after a garbage
     * collection (what the study and the work on it need, rather than what the collector had not yet
     * cleared away), heard from the collectors.
     */
    private static final class HeapSampler implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakAfterCollections = new AtomicLong();
        private final List<Runnable> unsubscribe = new ArrayList<>();
        private volatile boolean running = true;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.listen();
            sampler.thread = new Thread(sampler, "heap sampler");
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        private void listen() {
            Set<String> heapPools = new java.util.HashSet<>();
            for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    heapPools.add(pool.getName());
                }
            }
            for (java.lang.management.GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof javax.management.NotificationEmitter emitter) {
                    javax.management.NotificationListener listener = (notification, handback) -> {
                        if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                                .equals(notification.getType())) {
                            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                    (javax.management.openmbean.CompositeData) notification.getUserData());
                            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                    .filter(pool -> heapPools.contains(pool.getKey()))
                                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
                            peakAfterCollections.accumulateAndGet(used, Math::max);
                        }
                    };
                    emitter.addNotificationListener(listener, null, null);
                    unsubscribe.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (javax.management.ListenerNotFoundException gone) {
                            // Nothing to remove.
                        }
                    });
                }
            }
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            unsubscribe.forEach(Runnable::run);
            running = false;
            thread.join();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }

        long peak() {
            return peak.get();
        }

        /** The most heap in use right after a collection; what is in use now when none ran. */
        long peakAfterCollections() {
            return peakAfterCollections.get() > 0 ? peakAfterCollections.get() : memory.getHeapMemoryUsage().getUsed();
        }
    }
}
