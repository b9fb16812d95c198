package org.grounded.cli;

import java.io.PrintWriter;
import org.grounded.generate.StudySize;

/**
 * What {@code grounded bench --window} runs: the window's measures. They live with the window
 * (the command line knows no JavaFX); the launcher, which knows both, hands them over.
 */
@FunctionalInterface
public interface WindowBenchmark {

    /**
     * @param actions coding actions to time
     * @return the exit code
     */
    int run(StudySize size, long seed, int actions, PrintWriter out) throws Exception;
}
