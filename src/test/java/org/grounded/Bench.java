package org.grounded;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.grounded.analysis.cooccurrence.CooccurrenceBench;
import org.grounded.analysis.network.layout.LayoutBench;
import org.grounded.search.SearchBench;
import org.grounded.ui.analysis.cooccurrence.MatrixViewBench;
import org.grounded.ui.session.JournalBench;
import org.grounded.ui.transcript.HighlightBench;

/**
 * The benchmarks, by name: {@code mvn -B -Pbench test-compile exec:java -Dbench=cooccurrence}.
 * Speed targets live here, never in timed tests. Figures depend on the machine; compare runs on
 * one machine.
 */
public final class Bench {

    private static final Map<String, Consumer<String[]>> BENCHMARKS = Map.of(
            "cooccurrence", CooccurrenceBench::main,
            "highlights", Bench::highlights,
            "journal", Bench::journal,
            "layout", LayoutBench::main,
            "matrixview", Bench::matrixView,
            "projectfile", Bench::projectFile,
            "search", Bench::search,
            "words", org.grounded.search.WordsBench::main);

    private Bench() {
    }

    private static void journal(String[] args) {
        try {
            JournalBench.main(args);
        } catch (Exception e) {
            throw new IllegalStateException("The journal benchmark failed", e);
        }
    }

    private static void highlights(String[] args) {
        try {
            HighlightBench.main(args);
        } catch (Exception e) {
            throw new IllegalStateException("The highlight benchmark failed", e);
        }
    }

    private static void matrixView(String[] args) {
        try {
            MatrixViewBench.main(args);
        } catch (Exception e) {
            throw new IllegalStateException("The matrix view benchmark failed", e);
        }
    }

    private static void projectFile(String[] args) {
        try {
            org.grounded.io.project.ProjectFileBench.main(args);
        } catch (Exception e) {
            throw new IllegalStateException("The project file benchmark failed", e);
        }
    }

    private static void search(String[] args) {
        try {
            SearchBench.main(args);
        } catch (Exception e) {
            throw new IllegalStateException("The search benchmark failed", e);
        }
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "all";
        String[] rest = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new String[0];
        if (name.equals("all")) {
            BENCHMARKS.forEach((benchName, bench) -> {
                System.out.println("== " + benchName);
                bench.accept(rest);
            });
        } else if (BENCHMARKS.containsKey(name)) {
            BENCHMARKS.get(name).accept(rest);
        } else {
            System.err.println("No benchmark named '" + name + "'; there are: " + String.join(", ", BENCHMARKS.keySet()));
            System.exit(2);
        }
    }
}
