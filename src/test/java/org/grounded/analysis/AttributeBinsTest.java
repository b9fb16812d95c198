package org.grounded.analysis;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributeBinsTest {

    @Test
    void edgesHoldTheirLowerEdgeAndNotTheUpperOne() {
        AttributeBins ages = AttributeBins.parse("20, 30, 40");
        assertThat(ages.labels()).containsExactly("< 20", "20–30", "30–40", "> 40");
        assertThat(ages.labelOf(new BigDecimal("19.99"))).isEqualTo("< 20");
        assertThat(ages.labelOf(new BigDecimal("20"))).isEqualTo("20–30");
        assertThat(ages.labelOf(new BigDecimal("29.999"))).isEqualTo("20–30");
        assertThat(ages.labelOf(new BigDecimal("30"))).isEqualTo("30–40");
        assertThat(ages.labelOf(new BigDecimal("40"))).isEqualTo("> 40");
        assertThat(ages.labelOf(new BigDecimal("75"))).isEqualTo("> 40");
        assertThat(ages.rule()).isEqualTo(
                "Each range includes its lower edge and not its upper one: 30 falls in 30–40, 40 falls in > 40.");
        assertThat(ages.isOutside("< 20")).isTrue();
        assertThat(ages.isOutside("20–30")).isFalse();
    }

    @Test
    void equalWidthsAreTheEdgesTheyName() {
        assertThat(AttributeBins.parse("20..40/10")).isEqualTo(AttributeBins.parse("20,30,40"));
        assertThat(AttributeBins.parse("0..1/0.25").labels())
                .containsExactly("< 0", "0–0.25", "0.25–0.5", "0.5–0.75", "0.75–1", "> 1");
    }

    @Test
    void closedRangesHoldBothEndsAndLeaveTheRestOther() {
        AttributeBins months = AttributeBins.parse("4-6,7-9,10–12");
        assertThat(months.labels()).containsExactly("4–6", "7–9", "10–12", AttributeBins.OTHER);
        assertThat(months.labelOf(BigDecimal.valueOf(4))).isEqualTo("4–6");
        assertThat(months.labelOf(BigDecimal.valueOf(6))).isEqualTo("4–6");
        assertThat(months.labelOf(new BigDecimal("6.5"))).isEqualTo(AttributeBins.OTHER);
        assertThat(months.labelOf(BigDecimal.valueOf(12))).isEqualTo("10–12");
        assertThat(months.labelOf(BigDecimal.valueOf(13))).isEqualTo(AttributeBins.OTHER);
    }

    @Test
    void badRangesAreExplained() {
        assertThatThrownBy(() -> AttributeBins.parse("30,20")).hasMessage("The edges must increase: 20 follows 30");
        assertThatThrownBy(() -> AttributeBins.parse("6-4")).hasMessage("The range '6-4' ends before it starts");
        assertThatThrownBy(() -> AttributeBins.parse("young,old")).hasMessage("'young,old' are not ranges; write "
                + "edges (20,30,40), equal widths (20..50/10) or closed ranges (4-6,7-9,10-12)");
    }
}
