package org.grounded.ui.transcript;

import org.grounded.ui.main.TranscriptViewBench;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.session.Workspace;

/**
 * Benchmark, not a test: how long the viewer takes for a 100,000-word transcript with 2,000
 * quotations — the pure work (style runs, margin lanes, the brackets of a viewport) and, on the
 * headless toolkit, the real view (opening the document, scrolling it page by page with the
 * margin redrawn, coding a passage, undoing it). Run with
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.grounded.ui.transcript.HighlightBench
 * </pre>
 * Arguments (optional): words, quotations, repetitions, "pure" to skip the view.
 */
public final class HighlightBench {

    private HighlightBench() {
    }

    public static void main(String[] args) throws Exception {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int quotationCount = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean pureOnly = args.length > 3 && args[3].equals("pure");

        Random random = new Random(7);
        // One long interview with 40 codes from the study generator (quotations of about 30 words,
        // overlapping and nested, 1.6 codes each on average).
        Project project = StudyGenerator.generate(new StudySize(1, words, 40, quotationCount, 1), 7);
        Document document = project.documents().iterator().next();
        List<Code> codes = List.copyOf(project.codes());
        Map<UUID, Code> byId = new HashMap<>();
        codes.forEach(code -> byId.put(code.id(), code));
        List<Quotation> sorted = project.quotationsIn(document.id());
        System.out.printf("transcript: %,d words, %,d characters, %,d paragraphs, %,d quotations%n", words,
                document.text().length(), MarginLayout.paragraphStarts(document.text()).length, sorted.size());

        report("style runs, speaker labels included (TranscriptStyler)", repetitions, () -> {
            long start = System.nanoTime();
            TranscriptStyler.runs(document, sorted, byId);
            return System.nanoTime() - start;
        });
        List<TextRange> labels = TranscriptStyler.speakerLabels(document);
        report("style runs after an edit (speaker labels kept)", repetitions, () -> {
            long start = System.nanoTime();
            TranscriptStyler.runs(document.text().length(), labels, sorted, byId);
            return System.nanoTime() - start;
        });
        int[] starts = sorted.stream().mapToInt(Quotation::start).toArray();
        int[] ends = sorted.stream().mapToInt(Quotation::end).toArray();
        int[] paragraphs = MarginLayout.paragraphStarts(document.text());
        report("paragraph starts", repetitions, () -> {
            long start = System.nanoTime();
            MarginLayout.paragraphStarts(document.text());
            return System.nanoTime() - start;
        });
        int[] lanes = MarginLayout.lanes(paragraphs, starts, ends);
        System.out.printf("lanes needed: %d%n", Arrays.stream(lanes).max().orElse(-1) + 1);
        report("lane assignment (MarginLayout.lanes)", repetitions, () -> {
            long start = System.nanoTime();
            MarginLayout.lanes(paragraphs, starts, ends);
            return System.nanoTime() - start;
        });
        List<Margin.Bracket> brackets = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            brackets.add(new Margin.Bracket(sorted.get(i).id(), starts[i], ends[i], lanes[i], List.of(), "", ""));
        }
        Margin margin = new Margin(brackets, 8);
        int length = document.text().length();
        report("brackets of one viewport (Margin.overlapping), 1,000 viewports", repetitions, () -> {
            long start = System.nanoTime();
            for (int i = 0; i < 1_000; i++) {
                int from = random.nextInt(length - 3_000);
                margin.overlapping(from, from + 3_000);
            }
            return System.nanoTime() - start;
        });
        if (!pureOnly) {
            view(project, document, random);
        }
        System.exit(0);
    }

    private static void report(String what, int repetitions, LongSupplier run) {
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            millis[i] = run.getAsLong() / 1e6;
        }
        double first = millis[0];
        Arrays.sort(millis);
        System.out.printf("%-62s first %8.2f ms, median %8.2f ms, min %8.2f ms%n", what, first,
                millis[repetitions / 2], millis[0]);
    }

    /** The real viewer on the headless toolkit: every step is a full CSS and layout pass, as a frame does. */
    private static void view(Project project, Document document, Random random) throws Exception {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                measureView(project, document, random);
            } finally {
                done.countDown();
            }
        });
        done.await(10, TimeUnit.MINUTES);
    }

    private static void measureView(Project project, Document document, Random random) {
        TranscriptViewBench.Viewer viewer = TranscriptViewBench.Viewer.show(project, new StubDialogService());
        Workspace workspace = viewer.workspace();
        TranscriptViewModel transcript = viewer.transcript();
        CodingViewModel coding = viewer.coding();
        Stage stage = viewer.stage();
        Parent root = viewer.view();
        InlineCssTextArea area = viewer.view().textArea();

        long start = System.nanoTime();
        workspace.selectedDocumentProperty().set(document.id());
        frame(root);
        System.out.printf("view: open the document (text, styles, margin, first frame)       %8.1f ms%n",
                (System.nanoTime() - start) / 1e6);

        int steps = 300;
        double[] scroll = new double[steps];
        for (int i = 0; i < steps; i++) {
            long t = System.nanoTime();
            area.scrollYBy(i % 50 == 49 ? -4_000 : 600);
            frame(root);
            scroll[i] = (System.nanoTime() - t) / 1e6;
        }
        long shownBrackets = root.lookupAll(".margin-bracket").size();
        Arrays.sort(scroll);
        System.out.printf("view: scroll a page and redraw the margin (%d frames)              median %6.2f ms, "
                + "95th %6.2f ms, max %6.2f ms (%d brackets on screen at the end)%n", steps, scroll[steps / 2],
                scroll[(int) (steps * 0.95)], scroll[steps - 1], shownBrackets);

        List<TranscriptStyle.Run> runs = transcript.stylesProperty().get();
        double[] restyle = new double[5];
        for (int i = 0; i < restyle.length; i++) {
            org.fxmisc.richtext.model.StyleSpansBuilder<String> spans = new org.fxmisc.richtext.model.StyleSpansBuilder<>();
            runs.forEach(run -> spans.add(run.style().toCss(), run.length()));
            long t = System.nanoTime();
            area.setStyleSpans(0, spans.create());
            frame(root);
            restyle[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(restyle);
        System.out.printf("view: restyle the whole text (setStyleSpans, %,d runs)             median %6.1f ms%n",
                runs.size(), restyle[restyle.length / 2]);

        double[] coded = new double[Integer.getInteger("bench.edits", 10)];
        double[] undone = new double[coded.length];
        double[] edits = new double[coded.length];
        area.showParagraphAtTop(area.getParagraphs().size() / 2);
        frame(root);
        for (int i = 0; i < coded.length; i++) {
            // A passage in view, as a researcher codes what they read.
            int first = area.firstVisibleParToAllParIndex();
            int from = area.getAbsolutePosition(first + 1, 5 + random.nextInt(40));
            area.selectRange(from, from + 120);
            UUID codeId = project.codes().iterator().next().id();
            long t = System.nanoTime();
            coding.applyCodes(List.of(codeId));
            edits[i] = (System.nanoTime() - t) / 1e6;
            frame(root);
            coded[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            workspace.session().orElseThrow().undoManager().undo();
            frame(root);
            undone[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(coded);
        Arrays.sort(undone);
        Arrays.sort(edits);
        System.out.printf("view: code a passage in view (edit, restyle, margin, frame)       median %6.1f ms, max %6.1f ms%n",
                coded[coded.length / 2], coded[coded.length - 1]);
        System.out.printf("view:   of which the edit and the view models (no frame)           median %6.1f ms%n",
                edits[edits.length / 2]);
        System.out.printf("view: undo it                                                     median %6.1f ms, max %6.1f ms%n",
                undone[undone.length / 2], undone[undone.length - 1]);

        double[] jumps = new double[20];
        List<Quotation> all = project.quotationsIn(document.id());
        for (int i = 0; i < jumps.length; i++) {
            Quotation target = all.get(random.nextInt(all.size()));
            long t = System.nanoTime();
            transcript.select(target.id());
            frame(root);
            jumps[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(jumps);
        System.out.printf("view: go to a quotation far away (select, scroll, margin, frame)  median %6.1f ms, max %6.1f ms%n",
                jumps[jumps.length / 2], jumps[jumps.length - 1]);

        // The find bar: typing a word marks all its matches; Enter goes to the next one.
        FindViewModel find = transcript.find();
        find.open(0);
        for (String typed : new String[] {"milk", "leche", "a", "e"}) {
            long t = System.nanoTime();
            find.queryProperty().set(typed);
            frame(root);
            double typing = (System.nanoTime() - t) / 1e6;
            double[] nexts = new double[20];
            for (int i = 0; i < nexts.length; i++) {
                t = System.nanoTime();
                find.next();
                frame(root);
                nexts[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(nexts);
            System.out.printf("view: find '%s' (%,d matches marked) %8.1f ms; Enter to the next: median %6.1f ms%n",
                    typed, find.matchesProperty().get().size(), typing, nexts[nexts.length / 2]);
            find.queryProperty().set("");
            frame(root);
        }
        find.close();
        stage.hide();
    }

    private static void frame(Parent root) {
        root.applyCss();
        root.layout();
    }
}
