package org.grounded.ui.analysis.cooccurrence;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.grounded.analysis.cooccurrence.CooccurrenceMeasure;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.task.CurrentThreadTaskExecutor;

/**
 * Benchmark, not a test: the co-occurrence window over a 500 × 500 matrix on the headless toolkit
 * — first paint, switching counts ↔ c-coefficient, and scrolling — each step a full CSS and layout
 * pass, as a frame does, and the canvas's drawing commands (the matrix is one {@link MatrixCanvas};
 * until December 2026 it was a {@code TableView} of 250,000 styled cells: see the README's figures).
 * <pre>
 * mvn -B -Pbench test-compile exec:java -Dbench=matrixview
 * </pre>
 * Arguments (optional): codes (500), quotations (200,000).
 */
public final class MatrixViewBench {

    private MatrixViewBench() {
    }

    public static void main(String[] args) throws Exception {
        int codes = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int quotations = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        // The study grounded bench uses (1,000 transcripts of 8,000 words), with these codes and quotations.
        Project project = StudyGenerator.generate(new StudySize(1_000, 8_000, codes, quotations, 200), 42);
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                measure(project);
            } finally {
                done.countDown();
            }
        });
        done.await(10, TimeUnit.MINUTES);
        Platform.exit();
    }

    private static void measure(Project project) {
        CooccurrenceViewModel viewModel = new CooccurrenceViewModel(AnalysisFixture.workspaceWith(project),
                new StubDialogService(), new CurrentThreadTaskExecutor(), new AnalysisFixture.RecordingClipboard());
        CooccurrenceView view = new CooccurrenceView(viewModel);
        Stage stage = new Stage();
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(GroundedApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        Parent root = scene.getRoot();
        MatrixCanvas table = (MatrixCanvas) root.lookup("#cooccurrence-matrix");

        long start = System.nanoTime();
        viewModel.setActive(true); // counts on this thread, then shows
        frame(root);
        System.out.printf("{\"measure\": \"cooccurrence_view_ms\", \"value\": %.1f, \"codes\": %d}%n",
                (System.nanoTime() - start) / 1e6, viewModel.matrixProperty().get().size());

        double[] switches = new double[6];
        for (int i = 0; i < switches.length; i++) {
            long t = System.nanoTime();
            viewModel.measureProperty().set(i % 2 == 0 ? CooccurrenceMeasure.C_COEFFICIENT : CooccurrenceMeasure.COUNT);
            frame(root);
            switches[i] = (System.nanoTime() - t) / 1e6;
        }
        print("cooccurrence_switch_ms", switches);

        ScrollBar vertical = table.verticalBar();
        ScrollBar horizontal = table.horizontalBar();
        double[] steps = new double[120];
        for (int i = 0; i < steps.length; i++) {
            long t = System.nanoTime();
            if (i % 2 == 0) {
                vertical.setValue(Math.min(vertical.getMax(), vertical.getValue() + vertical.getMax() / 60));
            } else {
                horizontal.setValue(Math.min(horizontal.getMax(), horizontal.getValue() + horizontal.getMax() / 60));
            }
            frame(root);
            steps[i] = (System.nanoTime() - t) / 1e6;
        }
        print("matrix_scroll_step_ms", steps);
        stage.close();
    }

    private static void print(String measure, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("{\"measure\": \"%s\", \"median_ms\": %.1f, \"p99_ms\": %.1f, \"runs\": %d}%n", measure,
                sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)],
                sorted.length);
    }

    private static void frame(Parent root) {
        root.applyCss();
        root.layout();
    }
}
