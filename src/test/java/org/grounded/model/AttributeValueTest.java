package org.grounded.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributeValueTest {

    @ParameterizedTest
    @CsvSource({"29, 29", "29.0, 29", "' 7.50 ', 7.5", "1E+2, 100", "-0.25, -0.25"})
    void numbersAreKeptInCanonicalForm(String raw, String canonical) {
        AttributeValue value = new AttributeValue(AttributeType.NUMBER, raw);
        assertThat(value.value()).isEqualTo(canonical);
        assertThat(value.asNumber()).isEqualByComparingTo(new BigDecimal(canonical));
    }

    @Test
    void aNumberAttributeRefusesText() {
        assertThatThrownBy(() -> new AttributeValue(AttributeType.NUMBER, "twenty"))
                .hasMessageContaining("'twenty' is not a number");
    }

    @Test
    void datesAreIsoDates() {
        assertThat(new AttributeValue(AttributeType.DATE, "2025-03-14").asDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThatThrownBy(() -> new AttributeValue(AttributeType.DATE, "14/03/2025"))
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void askingTextForANumberSaysWhatItIs() {
        assertThatThrownBy(() -> AttributeValue.text("donor").asNumber()).hasMessageContaining("TEXT, not a number");
    }
}
