package org.grounded.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextOrderTest {

    private static final Comparator<Quotation> BY_START_END_ID =
            Comparator.comparingInt(Quotation::start).thenComparingInt(Quotation::end).thenComparing(Quotation::id);

    @Test
    void sortingPutsQuotationsInStartEndAndIdOrderLikeAComparatorSort() {
        Random random = new Random(7);
        UUID document = UUID.randomUUID();
        for (int round = 0; round < 200; round++) {
            // Small offsets make many equal ranges; every tenth round has offsets too large to pack.
            int range = round % 10 == 9 ? Integer.MAX_VALUE - 1 : 1 + random.nextInt(round % 3 == 0 ? 10 : 100_000);
            List<Quotation> quotations = new ArrayList<>();
            int count = random.nextInt(300);
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(range);
                int end = start + 1 + random.nextInt(Math.min(50, Integer.MAX_VALUE - start - 1));
                quotations.add(Quotation.of(document, start, end, List.of(UUID.randomUUID()), "tester"));
            }
            List<Quotation> expected = new ArrayList<>(quotations);
            expected.sort(BY_START_END_ID);

            TextOrder.sort(quotations);

            assertThat(quotations).as("round " + round).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyDocumentsQuotationsAtOnceAreWhatQuotationsInGivesForEach() {
        Project project = Project.create("Two documents");
        Document first = Document.of("First", "x".repeat(500));
        Document second = Document.of("Second", "y".repeat(500));
        project.apply(EntityEdit.builder("Set up").add(first).add(second).build());
        Random random = new Random(11);
        EntityEdit.Builder coding = EntityEdit.builder("Code");
        for (int i = 0; i < 300; i++) {
            Document document = random.nextBoolean() ? first : second;
            int start = random.nextInt(480);
            coding.add(Quotation.of(document.id(), start, start + 1 + random.nextInt(19), List.of(), "tester"));
        }
        project.apply(coding.build());

        var byDocument = project.quotationsInTextOrderByDocument();

        assertThat(byDocument.keySet()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(byDocument.get(first.id())).containsExactlyElementsOf(project.quotationsIn(first.id()));
        assertThat(byDocument.get(second.id())).containsExactlyElementsOf(project.quotationsIn(second.id()));
    }
}
