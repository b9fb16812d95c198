package org.grounded.export.table;

import java.util.List;
import java.util.Objects;

/**
 * One line of the participant statistics table as the window shows it: an attribute's heading,
 * or a value (a category with its count and percentage) or a statistic (mean, median…) with one
 * cell per part of the participants.
 */
public record StatisticsLine(Kind kind, String label, List<String> cells) {

    /** What the line holds. */
    public enum Kind {
        /** The attribute's name and type; its cells say how many participants each part has. */
        ATTRIBUTE,
        /** A value or statistic of the attribute above. */
        ENTRY
    }

    public StatisticsLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        cells = List.copyOf(cells);
    }
}
