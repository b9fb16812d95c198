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
}
