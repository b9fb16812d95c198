package org.grounded.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import org.grounded.ui.InMemoryPreferences;
import org.junit.jupiter.api.Test;

class CoderNameTest {

    @Test
    void theCoderIsTheOperatingSystemUserUntilTheyChooseAName() {
        InMemoryPreferences node = new InMemoryPreferences();

        assertThat(new CoderName(node, "rosa.m").get()).isEqualTo("rosa.m");
    }

    @Test
    void aChosenNameIsKeptForTheNextRun() {
        InMemoryPreferences node = new InMemoryPreferences();
        new CoderName(node, "rosa.m").set("  Rosa Martínez ");

        assertThat(new CoderName(node, "rosa.m").get()).isEqualTo("Rosa Martínez");
    }

    @Test
    void aBlankNameGoesBackToTheOperatingSystemUser() {
        InMemoryPreferences node = new InMemoryPreferences();
        CoderName coder = new CoderName(node, "rosa.m");
        coder.set("Rosa");

        coder.set("   ");

        assertThat(coder.get()).isEqualTo("rosa.m");
        assertThat(new CoderName(node, "rosa.m").get()).isEqualTo("rosa.m");
    }
}
