package org.grounded.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.grounded.ui.InMemoryPreferences;
import org.junit.jupiter.api.Test;

class RecentProjectsTest {

    private final InMemoryPreferences node = new InMemoryPreferences();
    private final RecentProjects recent = new RecentProjects(node);

    private static Path project(int number) {
        return Path.of("/studies/study-" + number + ".grounded").toAbsolutePath();
    }

    @Test
    void theNewestProjectComesFirst() {
        recent.add(project(1));
        recent.add(project(2));

        assertThat(recent.list()).containsExactly(project(2), project(1));
    }

    @Test
    void openingAProjectAgainMovesItToTheTopWithoutDuplicates() {
        recent.add(project(1));
        recent.add(project(2));
        recent.add(project(1));

        assertThat(recent.list()).containsExactly(project(1), project(2));
    }

    @Test
    void onlyTheLastTenAreKept() {
        for (int i = 1; i <= 12; i++) {
            recent.add(project(i));
        }

        assertThat(recent.list()).hasSize(10).first().isEqualTo(project(12));
        assertThat(recent.list()).doesNotContain(project(1), project(2));
    }

    @Test
    void theListSurvivesARestart() {
        recent.add(project(1));
        recent.add(project(2));

        RecentProjects afterRestart = new RecentProjects(node);

        assertThat(afterRestart.list()).containsExactly(project(2), project(1));
    }

    @Test
    void aRemovedProjectDisappears() {
        recent.add(project(1));
        recent.add(project(2));

        recent.remove(project(1));

        assertThat(recent.list()).containsExactly(project(2));
    }

    @Test
    void relativePathsAreStoredAbsolute() {
        recent.add(Path.of("relative.grounded"));

        assertThat(recent.list()).containsExactly(Path.of("relative.grounded").toAbsolutePath().normalize());
    }
}
