package org.grounded.ui.main;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.model.Code;
import org.grounded.model.Project;
import org.grounded.ui.documents.DocumentsViewModel;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.prefs.SettingsFile;
import org.grounded.ui.refi.RefiExchange;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.task.PooledTaskExecutor;
import org.grounded.ui.welcome.SampleStudy;

/**
 * {@code grounded bench --window}: the real window over a generated study, on JavaFX's headless
 * platform (Monocle, as the GUI tests run), timed from the user's side. One JSON object per line:
 * opening to an interactive project, a coding action from Enter in the quick-code box to the
 * frame that shows its highlight, the bytes written to the project's folder per edit, the
 * citations table and the co-occurrence matrix from the command to their first frame, the counts
 * ↔ c-coefficient switch, a wheel step over the matrix, and the longest gap between two frames
 * of an animation that runs through all of it (the one number that says whether the window froze).
 *
 * <p>A frame is JavaFX's pulse: the time is taken when the pulse has laid the scene out (a
 * post-layout pulse listener), right before it is drawn.
 */
public final class WindowBench {

    /** Every measure's name, in the order printed. */
    public static final List<String> MEASURES = List.of("window_open_ms", "coding_action_ms", "save_bytes_per_edit",
            "citations_view_ms", "cooccurrence_view_ms", "cooccurrence_switch_ms", "matrix_scroll_step_ms",
            "fx_stall_max_ms");

    private static final int WARM_UP_ACTIONS = 20;
    private static final int SWITCHES = 8;
    private static final int SCROLL_STEPS = 120;
    private static final long TIMEOUT_SECONDS = 600;

    private final PrintWriter out;
    private final int actions;
    private final QuietDialogs dialogs = new QuietDialogs();
    private final FrameGaps frames = new FrameGaps();
    private PooledTaskExecutor executor;
    private MainWindowViewModel viewModel;
    private MainWindowView view;
    private Stage stage;
    private int failures;

    private WindowBench(PrintWriter out, int actions) {
        this.out = out;
        this.actions = actions;
    }

    /**
     * Sets the toolkit to JavaFX's headless platform; call before anything touches JavaFX (the
     * launcher does). Properties already set (by a test run) are kept.
     */
    public static void headless() {
        for (String[] property : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, // NON-NLS: benchmark output, never shown
            {"prism.order", "sw"}, {"prism.text", "t2k"}, {"java.awt.headless", "true"}}) {
            if (System.getProperty(property[0]) == null) {
                System.setProperty(property[0], property[1]);
            }
        }
    }

    /**
     * Generates the study, runs the window over it and prints the measures.
     *
     * @param actions coding actions timed (after 20 to warm up)
     * @return 0, or 1 when a measure could not be taken (its line says why)
     */
    public static int run(StudySize size, long seed, int actions, PrintWriter out) throws Exception {
        headless();
        WindowBench bench = new WindowBench(out, actions);
        Path folder = Files.createTempDirectory("grounded-window-bench");
        boolean ownToolkit = startToolkit();
        try {
            bench.measure(size, seed, folder);
        } finally {
            bench.close();
            delete(folder);
            if (ownToolkit) {
                Platform.exit();
            }
        }
        out.flush();
        return bench.failures == 0 ? 0 : 1;
    }

    /** Starts JavaFX unless it runs already (a test run); true when this run started it. */
    static boolean startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        boolean own;
        try {
            Platform.startup(started::countDown);
            own = true;
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
            own = false;
        }
        started.await();
        Platform.setImplicitExit(false);
        return own;
    }

    private void measure(StudySize size, long seed, Path folder) throws Exception {
        long generating = System.nanoTime();
        Project generated = StudyGenerator.generate(size, seed);
        Path study = Files.createDirectories(folder.resolve("study"));
        Path file = study.resolve("study.grounded");
        new ProjectFileStore().save(generated, file);
        generated = null;
        line(String.format(Locale.ROOT, "{\"measure\": \"study\", \"documents\": %d, \"words\": %d, \"codes\": %d, " // NON-NLS: benchmark output, never shown
                        + "\"quotations\": %d, \"participants\": %d, \"seed\": %d, \"file_mb\": %.1f, " // NON-NLS: benchmark output, never shown
                        + "\"generate_and_save_ms\": %d}", size.documents(), size.words(), size.codes(), // NON-NLS: benchmark output, never shown
                size.quotations(), size.participants(), seed, Files.size(file) / 1e6,
                Math.round((System.nanoTime() - generating) / 1e6)));
        String cache = System.getProperty("grounded.cache");
        System.setProperty("grounded.cache", folder.resolve("cache").toString());
        try {
            open(file, folder.resolve("config"));
            FolderWrites writes = FolderWrites.start(study);
            step("coding");
            int edits = codingActions();
            step("autosave");
            saveBytes(writes, edits, Files.size(file));
            step("citations");
            citations();
            step("cooccurrence");
            cooccurrence();
        } finally {
            if (cache == null) {
                System.clearProperty("grounded.cache");
            } else {
                System.setProperty("grounded.cache", cache);
            }
        }
        fx(() -> {
            frames.stop();
            return null;
        });
        long[] gaps = fx(() -> new long[] {frames.maxGapNanos(), frames.count()});
        String step = fx(frames::maxStep);
        String byStep = fx(frames::byStepJson);
        line(String.format(Locale.ROOT, "{\"measure\": \"fx_stall_max_ms\", \"value\": %.1f, \"frames\": %d, " // NON-NLS: benchmark output, never shown
                + "\"step\": %s, \"by_step\": %s, \"how\": \"longest gap between two frames of an AnimationTimer " // NON-NLS: benchmark output, never shown
                + "running through all of the above; step: the one under way when it ended\"}", // NON-NLS: benchmark output, never shown
                gaps[0] / 1e6, gaps[1], quoted(step), byStep));
        if (!dialogs.said().isEmpty()) {
            line("{\"note\": " + quoted("the window said: " + String.join(" | ", dialogs.said())) + "}"); // NON-NLS: benchmark output, never shown
        }
    }

    /** window_open_ms: from building the window to the first frame with the project open. */
    private void open(Path file, Path config) throws Exception {
        long start = System.nanoTime();
        fx(() -> {
            frames.start();
            executor = new PooledTaskExecutor(2);
            SettingsFile settings = SettingsFile.in(config, problem -> { });
            AppServices services = new AppServices(dialogs, executor, ProjectStorage.of(new ProjectFileStore()),
                    ProjectLocker.fileLocks(), TranscriptImports.of(new TranscriptImporter()),
                    new RecentProjects(settings.node("recent-projects")), SampleStudy.bundled(),
                    Clock.systemDefaultZone(), RefiExchange.standard(), CoderName.of("bench"));
            viewModel = new MainWindowViewModel(services);
            stage = new Stage();
            view = GroundedApp.showMainWindow(stage, viewModel, settings, () -> { });
            viewModel.openFile(file);
            return null;
        });
        await("the project to open", () -> viewModel.workspace().project().isPresent() // NON-NLS: benchmark output, never shown
                && viewModel.openingProperty().get().isEmpty());
        step("open_shown");
        long shown = nextFrame(stage.getScene());
        await("the lists to fill", () -> !viewModel.codes().countingProperty().get() // NON-NLS: benchmark output, never shown
                && viewModel.documents().documents().stream()
                        .noneMatch(row -> row.words() == DocumentsViewModel.DocumentItem.NOT_COUNTED));
        long filled = nextFrame(stage.getScene());
        double stall = fx(() -> frames.maxGapNanos()) / 1e6;
        line(String.format(Locale.ROOT, "{\"measure\": \"window_open_ms\", \"value\": %d, \"filled_ms\": %d, " // NON-NLS: benchmark output, never shown
                + "\"fx_stall_max_ms\": %.1f, " // NON-NLS: benchmark output, never shown
                + "\"how\": \"window built, project read and shown (its name, the first transcript, " // NON-NLS: benchmark output, never shown
                + "the documents and codes panes taking clicks and keys), to the first frame; filled: to the frame " // NON-NLS: benchmark output, never shown
                + "where the word counts and the code tree counted in the background are shown too; fx_stall_max_ms: " // NON-NLS: benchmark output, never shown
                + "the longest gap between two frames until then (by_step of fx_stall_max_ms: open while the " // NON-NLS: benchmark output, never shown
                + "window is built and the file read, open_shown from the project's first frame until filled)\"}", // NON-NLS: benchmark output, never shown
                Math.round((shown - start) / 1e6), Math.round((filled - start) / 1e6), stall));
    }

    /**
     * coding_action_ms: a passage selected, a code's name in the quick-code box, Enter; timed from
     * Enter to the frame that shows the highlight (and, apart, the time Enter's handler took).
     */
    private int codingActions() throws Exception {
        Scene scene = stage.getScene();
        InlineCssTextArea area = fx(() -> (InlineCssTextArea) scene.lookup("#transcript-text"));
        TextField quickCode = fx(() -> (TextField) scene.lookup("#quick-code"));
        if (area == null || quickCode == null) {
            skip("coding_action_ms", "the transcript or the quick-code box is not in the window"); // NON-NLS: benchmark output, never shown
            return 0;
        }
        try {
            await("a transcript to show", () -> area.getLength() > 0); // NON-NLS: benchmark output, never shown
        } catch (TimeoutException e) {
            skip("coding_action_ms", "no transcript was shown after opening"); // NON-NLS: benchmark output, never shown
            return 0;
        }
        String name = fx(() -> viewModel.workspace().project().orElseThrow().codes().stream()
                .map(Code::name).min(Comparator.naturalOrder()).orElseThrow());
        int before = fx(() -> viewModel.workspace().project().orElseThrow().quotations().size());
        Random random = new Random(7);
        double[] toFrame = new double[actions];
        double[] handler = new double[actions];
        // The processor time of the JavaFX thread from Enter to the frame: steadier than the clock
        // on a shared, loaded machine.
        long[] threads = threadIds();
        double[] fxCpu = new double[actions];
        double[] renderCpu = new double[actions];
        for (int i = 0; i < WARM_UP_ACTIONS + actions; i++) {
            int length = fx(area::getLength);
            int start = random.nextInt(Math.max(1, length - 300));
            int end = Math.min(length, start + 20 + random.nextInt(200));
            // The passage is brought into view first, as a user selects what they read: the time is
            // the coding's, not a scroll's.
            fx(() -> {
                area.showParagraphAtCenter(area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor());
                return null;
            });
            nextFrame(scene);
            fx(() -> {
                area.selectRange(start, end);
                quickCode.setText(name);
                view.focusQuickCode();
                return null;
            });
            nextFrame(scene);
            long[] busy = threadTimes(threads);
            long[] times = fx(() -> {
                long pressed = System.nanoTime();
                Event.fireEvent(quickCode, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER,
                        false, false, false, false));
                return new long[] {pressed, System.nanoTime()};
            });
            long painted = nextFrame(scene);
            long[] busyAfter = threadTimes(threads);
            if (i >= WARM_UP_ACTIONS) {
                toFrame[i - WARM_UP_ACTIONS] = (painted - times[0]) / 1e6;
                handler[i - WARM_UP_ACTIONS] = (times[1] - times[0]) / 1e6;
                fxCpu[i - WARM_UP_ACTIONS] = (busyAfter[0] - busy[0]) / 1e6;
                renderCpu[i - WARM_UP_ACTIONS] = (busyAfter[1] - busy[1]) / 1e6;
            }
        }
        int coded = fx(() -> viewModel.workspace().project().orElseThrow().quotations().size()) - before;
        if (coded <= 0) {
            skip("coding_action_ms", "Enter in the quick-code box coded nothing"); // NON-NLS: benchmark output, never shown
            return 0;
        }
        line(String.format(Locale.ROOT, "{\"measure\": \"coding_action_ms\", \"p50\": %.1f, \"p99\": %.1f, " // NON-NLS: benchmark output, never shown
                        + "\"max\": %.1f, \"handler_p50\": %.1f, \"handler_p99\": %.1f, \"fx_cpu_p50\": %.1f, " // NON-NLS: benchmark output, never shown
                        + "\"fx_cpu_p99\": %.1f, \"render_cpu_p50\": %.1f, \"runs\": %d, \"coded\": %d, " // NON-NLS: benchmark output, never shown
                        + "\"how\": \"a passage in view selected, its code's name in the quick-code box, Enter to the frame " // NON-NLS: benchmark output, never shown
                        + "with the highlight; handler: Enter's own work; fx_cpu, render_cpu: the processor time of the " // NON-NLS: benchmark output, never shown
                        + "JavaFX thread and of the renderer from Enter to that frame\"}", percentile(toFrame, 50), percentile(toFrame, 99), percentile(toFrame, 100), // NON-NLS: benchmark output, never shown
                percentile(handler, 50), percentile(handler, 99), percentile(fxCpu, 50), percentile(fxCpu, 99),
                percentile(renderCpu, 50), actions, coded));
        return WARM_UP_ACTIONS + actions;
    }

    /** save_bytes_per_edit: what reached the project's folder during the coding actions and the autosave after them. */
    private void saveBytes(FolderWrites writes, int edits, long fileSize) throws Exception {
        if (edits == 0) {
            writes.stop();
            skip("save_bytes_per_edit", "no edit was made"); // NON-NLS: benchmark output, never shown
            return;
        }
        // Let the autosave that follows the last edit run (its delay is 2 s) and finish.
        Thread.sleep(4_000);
        FolderWrites.Total total = writes.stop();
        line(String.format(Locale.ROOT, "{\"measure\": \"save_bytes_per_edit\", \"value\": %d, \"edits\": %d, " // NON-NLS: benchmark output, never shown
                        + "\"bytes\": %d, \"whole_file_writes\": %d, \"file_bytes\": %d, \"how\": \"bytes that reached " // NON-NLS: benchmark output, never shown
                        + "the project's folder (journal appends, whole-file saves and backups) during the coding actions " // NON-NLS: benchmark output, never shown
                        + "and 4 s after, divided by the edits\"}", total.bytes() / edits, edits, total.bytes(), // NON-NLS: benchmark output, never shown
                total.wholeFiles(), fileSize));
    }

    /** citations_view_ms: Ctrl+T to the first frame of the counted table. */
    private void citations() throws Exception {
        var citations = viewModel.analysis().citations();
        long start = System.nanoTime();
        fx(() -> {
            view.analysisWindows().show(AnalysisWindows.Kind.CITATIONS);
            return null;
        });
        try {
            await("the citations table", () -> citations.tableProperty().get() != null // NON-NLS: benchmark output, never shown
                    && !citations.computingProperty().get());
        } catch (TimeoutException e) {
            skip("citations_view_ms", "the table did not arrive within " + TIMEOUT_SECONDS + " s"); // NON-NLS: benchmark output, never shown
            return;
        }
        Stage window = fx(() -> view.analysisWindows().stage(AnalysisWindows.Kind.CITATIONS).orElseThrow());
        long shown = nextFrame(window.getScene());
        line(String.format(Locale.ROOT, "{\"measure\": \"citations_view_ms\", \"value\": %d, \"how\": \"the command " // NON-NLS: benchmark output, never shown
                + "to the first frame of the counted table\"}", Math.round((shown - start) / 1e6))); // NON-NLS: benchmark output, never shown
        fx(() -> {
            window.hide();
            return null;
        });
    }

    /** cooccurrence_view_ms, cooccurrence_switch_ms, matrix_scroll_step_ms. */
    private void cooccurrence() throws Exception {
        var cooccurrence = viewModel.analysis().cooccurrence();
        long start = System.nanoTime();
        fx(() -> {
            view.analysisWindows().show(AnalysisWindows.Kind.COOCCURRENCE);
            return null;
        });
        try {
            await("the co-occurrence matrix", () -> cooccurrence.matrixProperty().get() != null // NON-NLS: benchmark output, never shown
                    && !cooccurrence.computingProperty().get());
        } catch (TimeoutException e) {
            for (String measure : List.of("cooccurrence_view_ms", "cooccurrence_switch_ms", "matrix_scroll_step_ms")) {
                skip(measure, "the matrix did not arrive within " + TIMEOUT_SECONDS + " s"); // NON-NLS: benchmark output, never shown
            }
            return;
        }
        Stage window = fx(() -> view.analysisWindows().stage(AnalysisWindows.Kind.COOCCURRENCE).orElseThrow());
        Scene scene = window.getScene();
        long shown = nextFrame(scene);
        int codes = fx(() -> cooccurrence.matrixProperty().get().size());
        line(String.format(Locale.ROOT, "{\"measure\": \"cooccurrence_view_ms\", \"value\": %d, \"codes\": %d, " // NON-NLS: benchmark output, never shown
                + "\"how\": \"the command to the first frame of the counted matrix\"}", // NON-NLS: benchmark output, never shown
                Math.round((shown - start) / 1e6), codes));

        RadioButton counts = fx(() -> (RadioButton) scene.lookup("#cooccurrence-counts"));
        RadioButton coefficients = fx(() -> (RadioButton) scene.lookup("#cooccurrence-coefficients"));
        step("cooccurrence_switch");
        double[] switches = new double[SWITCHES];
        for (int i = 0; i < SWITCHES; i++) {
            RadioButton next = i % 2 == 0 ? coefficients : counts;
            long clicked = fx(() -> {
                long t = System.nanoTime();
                next.fire();
                return t;
            });
            switches[i] = (nextFrame(scene) - clicked) / 1e6;
        }
        line(String.format(Locale.ROOT, "{\"measure\": \"cooccurrence_switch_ms\", \"median\": %.1f, \"max\": %.1f, " // NON-NLS: benchmark output, never shown
                        + "\"runs\": %d, \"recounted\": false, \"how\": \"a click on Counts or c-coefficient to the next " // NON-NLS: benchmark output, never shown
                        + "frame\"}", percentile(switches, 50), percentile(switches, 100), SWITCHES));

        Node matrix = fx(() -> scene.lookup("#cooccurrence-matrix"));
        step("matrix_scroll");
        double[] steps = new double[SCROLL_STEPS];
        // The processor time the JavaFX thread and the renderer spend: on a shared, loaded machine
        // it says what a step costs better than the wall clock does.
        long[] busy = threadTimes();
        for (int i = 0; i < SCROLL_STEPS; i++) {
            boolean sideways = i % 2 == 1;
            long wheeled = fx(() -> {
                long t = System.nanoTime();
                Event.fireEvent(matrix, wheel(sideways));
                return t;
            });
            steps[i] = (nextFrame(scene) - wheeled) / 1e6;
        }
        long[] busyAfter = threadTimes();
        double[] cpu = {(busyAfter[0] - busy[0]) / 1e6 / SCROLL_STEPS, (busyAfter[1] - busy[1]) / 1e6 / SCROLL_STEPS};
        double[] down = new double[SCROLL_STEPS / 2];
        double[] sideways = new double[SCROLL_STEPS / 2];
        for (int i = 0; i + 1 < SCROLL_STEPS; i += 2) {
            down[i / 2] = steps[i];
            sideways[i / 2] = steps[i + 1];
        }
        line(String.format(Locale.ROOT, "{\"measure\": \"matrix_scroll_step_ms\", \"p50\": %.1f, \"p99\": %.1f, " // NON-NLS: benchmark output, never shown
                        + "\"down_p50\": %.1f, \"down_p99\": %.1f, \"sideways_p50\": %.1f, \"sideways_p99\": %.1f, " // NON-NLS: benchmark output, never shown
                        + "\"fx_cpu_ms_per_step\": %.1f, \"render_cpu_ms_per_step\": %.1f, " // NON-NLS: benchmark output, never shown
                        + "\"runs\": %d, \"how\": \"one wheel notch (down, then Shift for sideways) to the next frame\"}", // NON-NLS: benchmark output, never shown
                percentile(steps, 50), percentile(steps, 99), percentile(down, 50), percentile(down, 99),
                percentile(sideways, 50), percentile(sideways, 99), cpu[0], cpu[1], SCROLL_STEPS));
        fx(() -> {
            window.hide();
            return null;
        });
    }

    /** The processor time so far of the JavaFX thread and of the renderer's thread (nanoseconds; 0 when unknown). */
    private static long[] threadTimes() throws Exception {
        return threadTimes(threadIds());
    }

    /** The ids of the JavaFX thread and of the renderer's thread (-1 when not found). */
    private static long[] threadIds() throws Exception {
        long fxThread = fx(() -> Thread.currentThread().getId());
        long renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("QuantumRenderer")) // NON-NLS: JavaFX's thread name
                .mapToLong(Thread::getId).findFirst().orElse(-1);
        return new long[] {fxThread, renderer};
    }

    /** The processor time so far of these threads ({@link #threadIds}; nanoseconds, 0 when unknown). */
    private static long[] threadTimes(long[] ids) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            times[i] = ids[i] < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(ids[i]));
        }
        return times;
    }

    /** One notch of a mouse wheel (40 px), down or, with Shift, sideways. */
    private static ScrollEvent wheel(boolean sideways) {
        return new ScrollEvent(ScrollEvent.SCROLL, 200, 200, 200, 200, sideways, false, false, false, false, false,
                0, -40, 0, -40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0, null);
    }

    private void close() {
        try {
            fx(() -> {
                frames.stop();
                if (stage != null) {
                    view.analysisWindows().stage(AnalysisWindows.Kind.CITATIONS).ifPresent(Stage::hide);
                    view.analysisWindows().stage(AnalysisWindows.Kind.COOCCURRENCE).ifPresent(Stage::hide);
                    stage.hide();
                }
                return null;
            });
        } catch (Exception e) {
            line("{\"note\": " + quoted("closing the window failed: " + e) + "}"); // NON-NLS: benchmark output, never shown
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    /** Tells the frame-gap watch which step of the bench runs now. */
    private void step(String name) throws Exception {
        fx(() -> {
            frames.step(name);
            return null;
        });
    }

    private void skip(String measure, String why) {
        failures++;
        line("{\"measure\": \"" + measure + "\", \"skipped\": " + quoted(why) + "}"); // NON-NLS: benchmark output, never shown
    }

    private void line(String json) {
        out.println(json);
        out.flush();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    /** The p-th percentile (nearest rank); 100 is the largest. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Runs work on the JavaFX thread and waits for its result. */
    private static <T> T fx(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits, looking every 5 ms on the JavaFX thread, until the condition holds. */
    private static void await(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("waited " + TIMEOUT_SECONDS + " s for " + what);
            }
            Thread.sleep(5);
        }
    }

    /** The time of the next frame of the scene: its next pulse, after layout, right before drawing. */
    private static long nextFrame(Scene scene) throws Exception {
        CompletableFuture<Long> frame = new CompletableFuture<>();
        fx(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (frame.complete(System.nanoTime())) {
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
            return null;
        });
        return frame.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(paths.toList());
            all.sort(Comparator.reverseOrder());
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing the run for.
        }
    }

    /**
     * The longest gap between two frames of an animation that runs all the time, overall and per
     * step of the bench (the step under way when the frame that ends the gap came), so that the
     * note can say where the window froze. Confined to the JavaFX thread.
     */
    private static final class FrameGaps extends AnimationTimer {
        private final Map<String, Long> maxGapByStep = new LinkedHashMap<>();
        private String step = "open";
        private String maxStep = "";
        private long last;
        private long maxGap;
        private long count;

        @Override
        public void handle(long now) {
            if (last != 0) {
                long gap = now - last;
                maxGapByStep.merge(step, gap, Math::max);
                if (gap > maxGap) {
                    maxGap = gap;
                    maxStep = step;
                }
            }
            last = now;
            count++;
        }

        /** The step the bench starts now; later gaps count for it. */
        void step(String name) {
            step = name;
            maxGapByStep.putIfAbsent(name, 0L);
        }

        String maxStep() {
            return maxStep;
        }

        /** Each step's longest gap in milliseconds, as a JSON object. */
        String byStepJson() {
            StringBuilder json = new StringBuilder("{");
            maxGapByStep.forEach((name, gap) -> json.append(json.length() > 1 ? ", " : "").append(quoted(name))
                    .append(": ").append(String.format(Locale.ROOT, "%.1f", gap / 1e6)));
            return json.append('}').toString();
        }

        long maxGapNanos() {
            return maxGap;
        }

        long count() {
            return count;
        }
    }
}
