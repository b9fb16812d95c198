package org.grounded.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@link Project#snapshot()}: a copy another thread takes while the owner edits, which holds the
 * project exactly at one revision and never an edit half-applied; and the coders the project keeps
 * counted, checked against a scan of every coding.
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
        assertThat(snapshot.coders()).containsExactly("ana", "ben");

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
                        || !copy.coders().equals(List.of("ana", "ben"))) {
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

    @Test
    void theCodersFollowEveryEditAsAScanOfAllCodingsFindsThem() {
        Random random = new Random(21);
        List<String> names = List.of("ana", "Ana", "ben", "", "chen");
        List<Edit> done = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            int choice = random.nextInt(10);
            if (choice < 5 || project.quotations().isEmpty()) {
                String coder = names.get(random.nextInt(names.size()));
                Edit edit = EntityEdit.add("Add", quotation(random.nextInt(9_000), coder));
                project.apply(edit);
                done.add(edit);
            } else if (choice < 7) {
                Quotation before = new ArrayList<>(project.quotations()).get(random.nextInt(project.quotations().size()));
                Quotation after = before.withCoding(code.id(), names.get(random.nextInt(names.size())),
                        before.createdAt().plusSeconds(1));
                if (!after.equals(before)) {
                    Edit edit = EntityEdit.update("Recode", before, after);
                    project.apply(edit);
                    done.add(edit);
                }
            } else if (choice < 9) {
                Quotation gone = new ArrayList<>(project.quotations()).get(random.nextInt(project.quotations().size()));
                Edit edit = EntityEdit.builder("Remove").remove(gone).build();
                project.apply(edit);
                done.add(edit);
            } else if (!done.isEmpty()) {
                project.revert(done.remove(done.size() - 1));
            }
            assertThat(project.coders()).as("step " + step).isEqualTo(scannedCoders(project));
            assertThat(project.copy().coders()).isEqualTo(project.coders());
        }
    }

    /** The oracle: every coding looked at, names that differ only in case shown once (the first in natural order). */
    private static List<String> scannedCoders(Project project) {
        TreeSet<String> natural = new TreeSet<>();
        for (Quotation quotation : project.quotations()) {
            for (Coding coding : quotation.codings()) {
                if (!coding.coder().isBlank()) {
                    natural.add(coding.coder());
                }
            }
        }
        List<String> coders = new ArrayList<>();
        for (String name : natural) {
            if (coders.stream().noneMatch(seen -> seen.equalsIgnoreCase(name))) {
                coders.add(name);
            }
        }
        coders.sort(String.CASE_INSENSITIVE_ORDER);
        return coders;
    }

    @Test
    void aCopyWithFewerCodingsForgetsTheCodersItTookAway() {
        project.apply(twoQuotations(0));

        Project onlyAna = project.copyWithFewerCodings(quotation -> quotation.codings().stream()
                .allMatch(coding -> coding.coder().equals("ana")) ? quotation
                : quotation.withCodes(List.of()));

        assertThat(onlyAna.coders()).containsExactly("ana");
        assertThat(project.coders()).containsExactly("ana", "ben");
    }
}
