package org.grounded.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationCodingsTest {

    private static final Instant MADE = Instant.parse("2024-01-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2024-02-01T09:00:00Z");
    private static final UUID DOC = UUID.randomUUID();
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    private final Quotation quotation = new Quotation(UUID.randomUUID(), DOC, 3, 9, List.of(A), "", "ana", MADE);

    @Test
    void theOldConstructorStampsEveryCodeWithTheQuotationsCoderAndTimeAndNoName() {
        assertThat(quotation.codings()).containsExactly(new Coding(A, "ana", MADE));
        assertThat(quotation.name()).isEmpty();
    }

    @Test
    void codingsGivenWithoutTheirCodeInTheListAddTheCodeAndDuplicatesByTheSameCoderGo() {
        Quotation made = new Quotation(UUID.randomUUID(), DOC, 3, 9, List.of(), "", "ana", MADE, "line:4",
                List.of(new Coding(B, "luis", LATER), new Coding(B, "luis", MADE), new Coding(A, "ana", MADE)));

        assertThat(made.codeIds()).containsExactly(B, A);
        assertThat(made.codings()).containsExactly(new Coding(B, "luis", LATER), new Coding(A, "ana", MADE));
    }

    @Test
    void anotherCoderAddingACodeKeepsTheFirstCodersStamp() {
        Quotation both = quotation.withCoding(A, "luis", LATER).withCoding(B, "luis", LATER);

        assertThat(both.codeIds()).containsExactly(A, B);
        assertThat(both.codingsOf(A)).containsExactly(new Coding(A, "ana", MADE), new Coding(A, "luis", LATER));
        assertThat(both.hasCoding(B, "ana")).isFalse();
        assertThat(both.withCoding(A, "ana", LATER)).isSameAs(both);
    }

    @Test
    void replacingACodeMovesItsCodingsAndMergesThemWithTheTargetsKeepingEachCoderOnce() {
        Quotation both = quotation.withCoding(B, "ana", LATER).withCoding(B, "luis", LATER);

        Quotation merged = both.withCodeReplaced(A, B);

        assertThat(merged.codeIds()).containsExactly(B);
        assertThat(merged.codings()).containsExactly(new Coding(B, "ana", MADE), new Coding(B, "luis", LATER));
    }

    @Test
    void removingACodeRemovesItsCodingsAndTheRestKeepTheirStamps() {
        Quotation both = quotation.withCoding(B, "luis", LATER);

        assertThat(both.withCodes(List.of(B)).codings()).containsExactly(new Coding(B, "luis", LATER));
    }

    /** The constructor against the set-based way it had (a LinkedHashSet of codes, streams over the codings). */
    @Test
    void codesAndCodingsAreNormalisedAsTheSetBasedWayDidForFewAndManyCodes() {
        java.util.Random random = new java.util.Random(21);
        List<UUID> pool = java.util.stream.Stream.generate(UUID::randomUUID).limit(30).toList();
        List<String> coders = List.of("ana", "luis", "");
        for (int run = 0; run < 3_000; run++) {
            int poolSize = 1 + random.nextInt(run % 3 == 0 ? 30 : 5);
            List<UUID> codeIds = new java.util.ArrayList<>();
            for (int i = random.nextInt(run % 3 == 0 ? 20 : 4); i > 0; i--) {
                codeIds.add(pool.get(random.nextInt(poolSize)));
            }
            List<Coding> codings = new java.util.ArrayList<>();
            for (int i = random.nextInt(run % 3 == 0 ? 20 : 4); i > 0; i--) {
                codings.add(new Coding(pool.get(random.nextInt(poolSize)), coders.get(random.nextInt(3)),
                        random.nextBoolean() ? MADE : LATER));
            }
            Quotation made = new Quotation(UUID.randomUUID(), DOC, 3, 9, codeIds, "", "ana", MADE, "", codings);

            java.util.Set<UUID> ids = new java.util.LinkedHashSet<>(codeIds);
            codings.forEach(coding -> ids.add(coding.codeId()));
            List<Coding> expected = new java.util.ArrayList<>();
            for (UUID codeId : ids) {
                int before = expected.size();
                for (Coding coding : codings) {
                    if (coding.codeId().equals(codeId)
                            && expected.subList(before, expected.size()).stream().noneMatch(coding::sameAs)) {
                        expected.add(coding);
                    }
                }
                if (expected.size() == before) {
                    expected.add(new Coding(codeId, "ana", MADE));
                }
            }
            assertThat(made.codeIds()).containsExactlyElementsOf(ids);
            assertThat(made.codings()).containsExactlyElementsOf(expected);
        }
    }
}
