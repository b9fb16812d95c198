package org.grounded.ui.main;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.transcript.CodingViewModel;
import org.grounded.ui.transcript.TranscriptView;
import org.grounded.ui.transcript.TranscriptViewModel;

/**
 * {@code grounded bench}'s {@code transcript_view} measures: the transcript viewer alone over one
 * long transcript (by default 100,000 words with 2,000 quotations, a focus group coded closely),
 * on JavaFX's headless platform: opening the transcript, scrolling it a page at a time, coding a
 * passage in view and undoing it, each to the next frame (a full CSS and layout pass of the
 * scene, which is what a pulse does before it paints). The launcher hands it to the command line,
 * which knows no JavaFX.
 */
public final class TranscriptViewBench {

    /** The measures' names, in the order returned. */
    public static final List<String> MEASURES = List.of("transcript_view_open", "transcript_view_scroll",
            "transcript_view_code", "transcript_view_undo");

    private static final int OPENS = 5;
    private static final int SCROLL_STEPS = 300;
    private static final int SCROLL_WARM_UP = 30;
    private static final int CODINGS = 40;
    private static final int CODING_WARM_UP = 5;
    private static final long TIMEOUT_MINUTES = 10;

    private TranscriptViewBench() {
    }

    /**
     * Generates the transcript, measures the viewer and returns one line per measure (its name,
     * median and 99th percentile in ms, runs, what it covers), in {@link #MEASURES}' order.
     */
    public static List<Map<String, Object>> run(int words, int quotations, long seed) throws Exception {
        WindowBench.headless();
        Project project = StudyGenerator.generate(new StudySize(1, words, 40, quotations, 1), seed);
        boolean ownToolkit = WindowBench.startToolkit();
        try {
            CompletableFuture<List<Map<String, Object>>> measured = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    measured.complete(measure(project, new Random(seed)));
                } catch (RuntimeException | Error e) {
                    measured.completeExceptionally(e);
                }
            });
            return measured.get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        } finally {
            if (ownToolkit) {
                Platform.exit();
            }
        }
    }

    private static List<Map<String, Object>> measure(Project project, Random random) {
        Document document = project.documents().iterator().next();
        Viewer viewer = Viewer.show(project, new QuietDialogs());
        Workspace workspace = viewer.workspace();
        CodingViewModel coding = viewer.coding();
        Stage stage = viewer.stage();
        Parent root = viewer.view();
        InlineCssTextArea area = viewer.view().textArea();
        List<Map<String, Object>> lines = new ArrayList<>();
        try {
            double[] opens = new double[OPENS];
            for (int i = 0; i < OPENS; i++) {
                workspace.selectedDocumentProperty().set(null);
                frame(root);
                long start = System.nanoTime();
                workspace.selectedDocumentProperty().set(document.id());
                frame(root);
                opens[i] = millisSince(start);
            }
            lines.add(line("transcript_view_open", opens, document, project,
                    "the transcript selected to the next frame: its text, styles, margin and first layout")); // NON-NLS: benchmark output, never shown

            double[] scrolls = new double[SCROLL_STEPS];
            for (int i = 0; i < SCROLL_WARM_UP + SCROLL_STEPS; i++) {
                long start = System.nanoTime();
                area.scrollYBy(i % 50 == 49 ? -4_000 : 600);
                frame(root);
                if (i >= SCROLL_WARM_UP) {
                    scrolls[i - SCROLL_WARM_UP] = millisSince(start);
                }
            }
            lines.add(line("transcript_view_scroll", scrolls, document, project,
                    "a page scrolled (every 50th a jump back) to the next frame, the margin's brackets redrawn")); // NON-NLS: benchmark output, never shown

            double[] coded = new double[CODINGS];
            double[] undone = new double[CODINGS];
            UUID codeId = project.codes().iterator().next().id();
            area.showParagraphAtTop(area.getParagraphs().size() / 2);
            frame(root);
            int counted = 0;
            for (int i = 0; i < CODING_WARM_UP + CODINGS; i++) {
                // A passage in view, as a researcher codes what they read.
                int first = area.firstVisibleParToAllParIndex();
                int from = area.getAbsolutePosition(Math.min(first + 1, area.getParagraphs().size() - 1),
                        random.nextInt(40));
                area.selectRange(from, Math.min(area.getLength(), from + 120));
                frame(root);
                long start = System.nanoTime();
                boolean changed = coding.applyCodes(List.of(codeId));
                frame(root);
                double code = millisSince(start);
                start = System.nanoTime();
                if (changed) {
                    workspace.session().orElseThrow().undoManager().undo();
                }
                frame(root);
                double undo = millisSince(start);
                if (i >= CODING_WARM_UP && changed) {
                    coded[counted] = code;
                    undone[counted++] = undo;
                }
            }
            if (counted == 0) {
                throw new IllegalStateException("no passage in view could be coded");
            }
            lines.add(line("transcript_view_code", Arrays.copyOf(coded, counted), document, project,
                    "a passage in view coded (edit, undo record, view models, restyle, margin) to the next frame")); // NON-NLS: benchmark output, never shown
            lines.add(line("transcript_view_undo", Arrays.copyOf(undone, counted), document, project,
                    "that coding undone to the next frame")); // NON-NLS: benchmark output, never shown
        } finally {
            stage.hide();
        }
        return lines;
    }

    /**
     * The transcript viewer alone over a project, in a stage of 900 × 760 with the application's
     * stylesheet, nothing shown yet: what this bench and the highlight benchmark measure.
     */
    public record Viewer(Workspace workspace, TranscriptViewModel transcript, CodingViewModel coding,
                         TranscriptView view, Stage stage) {

        /** Builds and shows the viewer on the JavaFX thread; {@code dialogs} answer the editor. */
        public static Viewer show(Project project, org.grounded.ui.dialog.DialogService dialogs) {
            Workspace workspace = new Workspace();
            workspace.setSession(ProjectSession.untitled(project));
            TranscriptViewModel transcript = new TranscriptViewModel(workspace);
            CodingViewModel coding = new CodingViewModel(new Editor(workspace, dialogs), transcript,
                    CoderName.of("bench"), Clock.systemUTC());
            TranscriptView view = new TranscriptView(transcript, coding);
            Stage stage = new Stage();
            Scene scene = new Scene(view, 900, 760);
            scene.getStylesheets().add(GroundedApp.stylesheet());
            stage.setScene(scene);
            stage.show();
            return new Viewer(workspace, transcript, coding, view, stage);
        }
    }

    private static Map<String, Object> line(String measure, double[] millis, Document document, Project project,
                                            String covers) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("measure", measure);
        line.put("median_ms", round(WindowBench.percentile(millis, 50)));
        line.put("p99_ms", round(WindowBench.percentile(millis, 99)));
        line.put("runs", millis.length);
        line.put("words", document.wordCount());
        line.put("quotations", project.quotationsIn(document.id()).size());
        line.put("covers", covers);
        return line;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** What a pulse does before painting: CSS, then layout. */
    private static void frame(Parent root) {
        root.applyCss();
        root.layout();
    }
}
