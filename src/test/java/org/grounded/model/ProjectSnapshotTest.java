package org.grounded.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link Project#snapshot()}: a copy another thread takes while the owner edits, which holds the
 * project exactly at one revision and never an edit half-applied.
 */
class ProjectSnapshotTest {

    private final Project project = Project.create("Study");
    private final Document document = Document.of("Interview", "word ".repeat(2_000));
    private final Code code = Code.of("Fears", "#123456");

    ProjectSnapshotTest() {
        project.apply(EntityEdit.builder("Set up").add(document).add(code).build());
    }

    private Quotation quotation(int start, String coder) {
        return Quotation.of(document.id(), start, start + 4, List.of(code.id()), coder);
    }

    /** One edit that adds two quotations: seen half-applied, a copy would hold an odd number. */
    private EntityEdit twoQuotations(int start) {
        return EntityEdit.builder("Add two").add(quotation(start, "ana")).add(quotation(start + 5, "ben")).build();
    }

    @Test
    void aSnapshotHoldsTheProjectAtItsRevision() {
        project.apply(twoQuotations(0));

        Project snapshot = project.snapshot().orElseThrow();

        assertThat(snapshot).isNotSameAs(project);
        assertThat(snapshot.revision()).isEqualTo(project.revision());
        assertThat(snapshot.entities()).isEqualTo(project.entities());
        assertThat(snapshot.quotationsWithCode(code.id())).hasSize(2);
        assertThat(snapshot.quotationCountIn(document.id())).isEqualTo(2);
        assertThat(snapshot.coderSpellings()).containsExactly("ana", "ben");

        project.apply(twoQuotations(20));

        assertThat(snapshot.quotations()).as("later edits stay out of a snapshot").hasSize(2);
    }

    @Test
    void noSnapshotIsGivenWhileAnEditIsHalfApplied() {
        AtomicReference<Optional<Project>> midway = new AtomicReference<>();
        Edit halting = new Edit() {
            @Override
            public String description() {
                return "Add two, looking in between";
            }

            @Override
            public void applyTo(Project target) {
                EntityEdit.add("First", quotation(0, "ana")).applyTo(target);
                midway.set(target.snapshot());
                EntityEdit.add("Second", quotation(5, "ana")).applyTo(target);
            }

            @Override
            public void revertFrom(Project target) {
                throw new UnsupportedOperationException();
            }
        };

        project.apply(halting);

        assertThat(midway.get()).as("a copy taken in the middle of an edit").isEmpty();
        assertThat(project.snapshot().orElseThrow().quotations()).hasSize(2);
    }

    @Test
    void aSnapshotTakenOnAnotherThreadWhileEditsRunSeesOnlyWholeEdits() throws Exception {
        // Enough quotations that a copy takes a while, so edits come in the middle of copies.
        EntityEdit.Builder many = EntityEdit.builder("Add many");
        for (int i = 0; i < 4_000; i++) {
            many.add(quotation(2 * i, "ana")).add(quotation(2 * i + 1, "ben"));
        }
        project.apply(many.build());
        int edits = 1_500;
        // What the writer is about to make each revision hold, written before the edit runs.
        Map<Long, Integer> expected = new ConcurrentHashMap<>();
        expected.put(project.revision(), project.quotations().size());
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<String> wrong = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                Optional<Project> snapshot;
                try {
                    snapshot = project.snapshot();
                } catch (RuntimeException e) {
                    synchronized (wrong) {
                        wrong.add("the copy failed: " + e);
                    }
                    continue;
                }
                if (snapshot.isEmpty()) {
                    refused.incrementAndGet();
                    continue;
                }
                taken.incrementAndGet();
                Project copy = snapshot.get();
                int quotations = copy.quotations().size();
                if (quotations % 2 != 0 || !Integer.valueOf(quotations).equals(expected.get(copy.revision()))
                        || copy.quotationCount(code.id()) != quotations
                        || copy.quotationsIn(document.id()).size() != quotations
                        || copy.quotationCountIn(document.id()) != quotations
                        || !copy.coderSpellings().equals(Set.of("ana", "ben"))) {
                    synchronized (wrong) {
                        wrong.add("revision " + copy.revision() + ": " + quotations + " quotations");
                    }
                }
            }
        }, "snapshot-reader");
        reader.start();
        List<EntityEdit> applied = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            boolean undo = i % 3 == 2;
            expected.put(project.revision() + 1, project.quotations().size() + (undo ? -2 : 2));
            if (undo) {
                project.revert(applied.remove(applied.size() - 1));
            } else {
                EntityEdit edit = twoQuotations(10 * (i % 900));
                project.apply(edit);
                applied.add(edit);
            }
        }
        Thread.sleep(20);
        done.set(true);
        reader.join(TimeUnit.SECONDS.toMillis(60));

        assertThat(wrong).isEmpty();
        assertThat(taken.get() + refused.get()).isPositive();
        Project last = project.snapshot().orElseThrow();
        assertThat(last.revision()).isEqualTo(project.revision());
        assertThat(last.quotations()).hasSize(project.quotations().size());
    }
}
