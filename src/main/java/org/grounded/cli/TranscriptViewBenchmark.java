package org.grounded.cli;

import java.util.List;
import java.util.Map;

/**
 * What {@code grounded bench} runs for its {@code transcript_view} measures: the transcript viewer
 * over one long transcript. It lives with the window (the command line knows no JavaFX); the
 * launcher, which knows both, hands it over.
 */
@FunctionalInterface
public interface TranscriptViewBenchmark {

    /**
     * @param words      the transcript's length
     * @param quotations the quotations in it
     * @return one line per measure: its name under {@code measure}, {@code median_ms}, {@code p99_ms}
     *         and what else it says, in the order to print
     */
    List<Map<String, Object>> run(int words, int quotations, long seed) throws Exception;
}
