package org.grounded.io.refi;

import java.util.List;
import org.grounded.model.Entity;
import org.grounded.model.Project;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that two projects hold the same study: the same info and the same entities, kind by kind. */
final class ProjectComparison {

    private ProjectComparison() {
    }

    static void assertSameProject(Project actual, Project expected) {
        assertThat(actual.info()).isEqualTo(expected.info());
        for (Class<?> kind : expected.entities().stream().map(Object::getClass).distinct().toList()) {
            List<Entity> actualOfKind = actual.entities().stream().filter(kind::isInstance).toList();
            List<Entity> expectedOfKind = expected.entities().stream().filter(kind::isInstance).toList();
            assertThat(actualOfKind).as(kind.getSimpleName()).containsExactlyInAnyOrderElementsOf(expectedOfKind);
        }
        assertThat(actual.entities()).hasSameSizeAs(expected.entities());
    }
}
