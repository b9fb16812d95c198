package org.grounded.analysis.descriptive;

import java.util.List;

/**
 * Frequencies and percentages of a category or text attribute. Every part lists the same
 * values in the same order (zero counts included) and ends with "(no value)", so the parts line
 * up as columns of one table.
 */
public record FrequencySummary(int participants, List<Frequency> frequencies) implements Summary {

    public FrequencySummary {
        frequencies = List.copyOf(frequencies);
    }
}
