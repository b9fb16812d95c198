package org.grounded.analysis.descriptive;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How many participants of a part have one value.
 *
 * @param percent of the part's participants (those without a value included, unless the request
 *                asks for those who answered: then empty for the (no value) row), exact to ten
 *                decimals; round for display with {@link org.grounded.analysis.Decimals}; empty
 *                when the part has no participants
 */
public record Frequency(String value, int count, Optional<BigDecimal> percent) {

    public Frequency {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(percent, "percent");
    }
}
