package org.grounded.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

/** A choice shows its label, no choice shows nothing, and no typed text becomes a choice. */
class ChoiceLabelsTest {

    @Test
    void aChoiceShowsItsLabelAndNoChoiceShowsNothing() {
        StringConverter<DayOfWeek> days = ChoiceLabels.of(day -> day == DayOfWeek.MONDAY ? "lunes" : "otro");

        assertThat(days.toString(DayOfWeek.MONDAY)).isEqualTo("lunes");
        assertThat(days.toString(DayOfWeek.FRIDAY)).isEqualTo("otro");
        assertThat(days.toString(null)).isEmpty();
        assertThat(days.fromString("lunes")).isNull();
    }
}
