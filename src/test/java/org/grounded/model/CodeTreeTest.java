package org.grounded.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.grounded.model.edits.CodebookEdits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's code-tree index against a brute-force scan of the codes, after every step of a
 * random run of code edits and undos: the index is rebuilt whenever a code changes, never stale.
 */
class CodeTreeTest {

    private static List<Code> childrenByScan(Project project, UUID id) {
        return project.codes().stream().filter(code -> id.equals(code.parentId())).toList();
    }

    private static List<Code> subtreeByScan(Project project, UUID id) {
        List<Code> result = new ArrayList<>();
        project.code(id).ifPresent(code -> collect(project, code, result));
        return result;
    }

    private static void collect(Project project, Code code, List<Code> result) {
        result.add(code);
        childrenByScan(project, code.id()).forEach(child -> collect(project, child, result));
    }

    private static void assertIndexMatchesScan(Project project) {
        assertThat(project.rootCodes())
                .isEqualTo(project.codes().stream().filter(code -> code.parentId() == null).toList());
        for (Code code : project.codes()) {
            assertThat(project.children(code.id())).isEqualTo(childrenByScan(project, code.id()));
            assertThat(project.subtree(code.id())).isEqualTo(subtreeByScan(project, code.id()));
            assertThat(project.isCategory(code.id())).isEqualTo(!childrenByScan(project, code.id()).isEmpty());
        }
    }

    @Test
    void theIndexFollowsEveryCodeEditAndUndo() {
        Project project = Project.create("Tree");
        Random random = new Random(15);
        List<Edit> done = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            List<Code> codes = new ArrayList<>(project.codes());
            Code some = codes.isEmpty() ? null : codes.get(random.nextInt(codes.size()));
            Code other = codes.isEmpty() ? null : codes.get(random.nextInt(codes.size()));
            if (codes.size() >= 3 && !done.isEmpty() && random.nextInt(6) == 0) {
                project.revert(done.remove(done.size() - 1));
                assertIndexMatchesScan(project);
                continue;
            }
            Edit edit;
            try {
                edit = switch (codes.size() < 3 ? 0 : random.nextInt(5)) {
                    case 0 -> CodebookEdits.createCode(project, "code " + step, "#336699");
                    case 1 -> CodebookEdits.createSubCode(project, some.id(), "sub " + step, "#336699");
                    case 2 -> CodebookEdits.moveUnder(project, some.id(), other.id()).orElse(null);
                    case 3 -> CodebookEdits.moveToTopLevel(project, some.id()).orElse(null);
                    default -> project.isCategory(some.id()) ? null : CodebookEdits.deleteCode(project, some.id());
                };
            } catch (IllegalArgumentException refused) {
                continue; // under its own sub-code: the factory refuses
            }
            if (edit == null) {
                continue;
            }
            try {
                project.apply(edit);
                done.add(edit);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                // A move under its own sub-code is refused; the project is unchanged.
            }
            assertIndexMatchesScan(project);
        }
        assertThat(project.codes()).hasSizeGreaterThan(10);
    }

    @Test
    void aCopyKeepsItsOwnTreeWhenTheOriginalChanges() {
        Project project = Project.create("Tree");
        project.apply(CodebookEdits.createCode(project, "Motivation", "#336699"));
        UUID motivation = project.codeNamed("Motivation").orElseThrow().id();
        Project copy = project.copy();
        assertThat(copy.isCategory(motivation)).isFalse();

        project.apply(CodebookEdits.createSubCode(project, motivation, "Duty", "#336699"));

        assertThat(project.isCategory(motivation)).isTrue();
        assertThat(copy.isCategory(motivation)).isFalse();
        assertThat(copy.children(motivation)).isEmpty();
    }
}
