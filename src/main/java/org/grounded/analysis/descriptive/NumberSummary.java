package org.grounded.analysis.descriptive;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number attribute in one part. Figures are exact (mean and standard deviation to 34
 * significant digits); round for display with {@link org.grounded.analysis.Decimals}. All are
 * empty when no participant of the part has a value.
 *
 * @param n                 participants with a value
 * @param missing           participants without one
 * @param median            the middle value, or the mean of the two middle values
 * @param standardDeviation the sample standard deviation, dividing by n − 1 (as SPSS does);
 *                          empty for fewer than two values
 */
public record NumberSummary(int participants, int n, int missing, Optional<BigDecimal> mean,
                            Optional<BigDecimal> median, Optional<BigDecimal> min, Optional<BigDecimal> max,
                            Optional<BigDecimal> standardDeviation) implements Summary {

    public NumberSummary {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(standardDeviation, "standardDeviation");
    }
}
