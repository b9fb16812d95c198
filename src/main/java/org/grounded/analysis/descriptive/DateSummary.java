package org.grounded.analysis.descriptive;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date attribute in one part: the earliest, median and latest date. With an even number of
 * dates the median is the day halfway between the two middle dates (the earlier day when the
 * halfway point falls between two days).
 */
public record DateSummary(int participants, int n, int missing, Optional<LocalDate> min, Optional<LocalDate> median,
                          Optional<LocalDate> max) implements Summary {

    public DateSummary {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(max, "max");
    }
}
