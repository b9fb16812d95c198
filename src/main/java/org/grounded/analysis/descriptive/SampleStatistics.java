package org.grounded.analysis.descriptive;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Mean, median and sample standard deviation in exact decimal arithmetic, and date medians. */
final class SampleStatistics {

    /** 34 significant digits: a mean of ages never shows binary noise such as 30.499999999. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private SampleStatistics() {
    }

    static NumberSummary numbers(int participants, List<BigDecimal> values) {
        int n = values.size();
        int missing = participants - n;
        if (n == 0) {
            return new NumberSummary(participants, 0, missing, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), PRECISION);
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO, PRECISION);
        Optional<BigDecimal> deviation = Optional.empty();
        if (n >= 2) {
            BigDecimal squares = BigDecimal.ZERO;
            for (BigDecimal value : sorted) {
                BigDecimal difference = value.subtract(mean);
                squares = squares.add(difference.multiply(difference));
            }
            deviation = Optional.of(squares.divide(BigDecimal.valueOf(n - 1L), PRECISION).sqrt(PRECISION));
        }
        return new NumberSummary(participants, n, missing, Optional.of(mean.stripTrailingZeros()),
                Optional.of(median.stripTrailingZeros()), Optional.of(sorted.get(0)), Optional.of(sorted.get(n - 1)),
                deviation.map(BigDecimal::stripTrailingZeros));
    }

    static DateSummary dates(int participants, List<LocalDate> values) {
        int n = values.size();
        if (n == 0) {
            return new DateSummary(participants, 0, participants, Optional.empty(), Optional.empty(), Optional.empty());
        }
        List<LocalDate> sorted = new ArrayList<>(values);
        sorted.sort(null);
        LocalDate median;
        if (n % 2 == 1) {
            median = sorted.get(n / 2);
        } else {
            long low = sorted.get(n / 2 - 1).toEpochDay();
            long high = sorted.get(n / 2).toEpochDay();
            median = LocalDate.ofEpochDay(Math.floorDiv(low + high, 2));
        }
        return new DateSummary(participants, n, participants - n, Optional.of(sorted.get(0)), Optional.of(median),
                Optional.of(sorted.get(n - 1)));
    }

    /** count / total as a percentage, exact to ten decimals; empty for an empty part. */
    static Optional<BigDecimal> percent(int count, int total) {
        if (total == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_EVEN)
                .stripTrailingZeros());
    }
}
