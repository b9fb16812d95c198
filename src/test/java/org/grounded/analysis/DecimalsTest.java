package org.grounded.analysis;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTest {

    @Test
    void figuresShowAtMostTwoDecimalsRoundedHalfUp() {
        assertThat(Decimals.twoPlaces(new BigDecimal("57.5"))).isEqualTo("57.5");
        assertThat(Decimals.twoPlaces(new BigDecimal("41.25"))).isEqualTo("41.25");
        assertThat(Decimals.twoPlaces(new BigDecimal("3.125"))).isEqualTo("3.13");
        assertThat(Decimals.twoPlaces(new BigDecimal("33.3333333333"))).isEqualTo("33.33");
        assertThat(Decimals.twoPlaces(new BigDecimal("100"))).isEqualTo("100");
        assertThat(Decimals.twoPlaces(new BigDecimal("0.004"))).isEqualTo("0");
        assertThat(Decimals.twoPlaces(0.25)).isEqualTo("0.25");
    }
}
