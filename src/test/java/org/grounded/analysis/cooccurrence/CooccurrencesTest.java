package org.grounded.analysis.cooccurrence;

import java.util.List;
import java.util.Set;
import org.grounded.analysis.SmallStudy;
import org.grounded.model.Code;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CooccurrencesTest {

    private final SmallStudy study = new SmallStudy();
    private final String text = SmallStudy.INTERVIEW_TEXT;

    private CooccurrenceMatrix matrix() {
        return Cooccurrences.matrix(study.project,
                CooccurrenceRequest.allCodes().withCodes(List.of(study.fears.id(), study.duty.id(), study.agency.id())));
    }

    private static final int FEARS = 0;
    private static final int DUTY = 1;
    private static final int AGENCY = 2;

    private Quotation code(int start, int end, Code... codes) {
        return study.code(study.interview, start, end, codes);
    }

    @Test
    void aQuotationCodedWithTwoCodesIsOneCooccurrence() {
        code(0, 10, study.fears, study.duty);

        CooccurrenceMatrix matrix = matrix();

        assertThat(matrix.count(FEARS, DUTY)).isEqualTo(1);
        assertThat(matrix.count(DUTY, FEARS)).isEqualTo(1);
        assertThat(matrix.codings(FEARS)).isEqualTo(1);
        assertThat(matrix.coefficient(FEARS, DUTY)).hasValue(1.0);
        assertThat(matrix.count(FEARS, FEARS)).as("diagonal").isZero();
        assertThat(matrix.value(FEARS, FEARS, CooccurrenceMeasure.COUNT)).isEmpty();
    }

    @Test
    void overlappingPassagesCooccurButTouchingOnesDoNot() {
        code(0, 10, study.fears);
        code(5, 15, study.duty);
        code(15, 20, study.agency);

        CooccurrenceMatrix matrix = matrix();

        assertThat(matrix.count(FEARS, DUTY)).isEqualTo(1);
        assertThat(matrix.count(DUTY, AGENCY)).as("[5,15) and [15,20) share no character").isZero();
    }

    @Test
    void eachNestedPassageIsItsOwnPair() {
        code(0, 20, study.fears);
        code(5, 10, study.duty);
        code(6, 8, study.duty);

        assertThat(matrix().count(FEARS, DUTY)).isEqualTo(2);
    }

    @Test
    void passagesInDifferentDocumentsNeverCooccur() {
        code(0, 10, study.fears);
        study.code(study.focusGroup, 0, 10, study.duty);

        assertThat(matrix().count(FEARS, DUTY)).isZero();
        assertThat(matrix().coefficient(FEARS, DUTY)).hasValue(0.0);
    }

    @Test
    void theCoefficientRelatesSharedToAllCodings() {
        code(0, 10, study.fears, study.duty);
        code(20, 30, study.fears);
        code(40, 50, study.fears);
        code(60, 62, study.duty);

        // n(F,D) = 1, n(F) = 3, n(D) = 2: 1 / (3 + 2 - 1)
        assertThat(matrix().coefficient(FEARS, DUTY).orElseThrow()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void codesThatNeverCooccurHaveCoefficientZeroEvenWhenUnused() {
        assertThat(matrix().coefficient(FEARS, DUTY)).hasValue(0.0);
    }

    @Test
    void manyToManyOverlapsLeaveTheCoefficientUndefined() {
        code(0, 10, study.fears, study.duty);
        code(0, 10, study.fears, study.duty);

        // Two same-quotation pairs and the two cross pairs: n(F,D) = 4 = n(F) + n(D).
        assertThat(matrix().count(FEARS, DUTY)).isEqualTo(4);
        assertThat(matrix().coefficient(FEARS, DUTY)).isEmpty();
    }

    @Test
    void drillDownListsTheOverlappingPairsWithTheRowCodeFirst() {
        Quotation both = code(0, 10, study.fears, study.duty);
        Quotation duty = code(5, 15, study.duty);
        Quotation fears = code(12, 30, study.fears);

        List<CodingPair> pairs = Cooccurrences.pairs(study.project, CooccurrenceRequest.allCodes(),
                study.fears.id(), study.duty.id());

        assertThat(pairs).extracting(pair -> pair.first().quotation(), pair -> pair.second().quotation())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(both, both),
                        org.assertj.core.groups.Tuple.tuple(both, duty),
                        org.assertj.core.groups.Tuple.tuple(fears, duty));
        assertThat(pairs).allMatch(pair -> pair.first().codeId().equals(study.fears.id()));
        assertThat(pairs.get(0).sameQuotation()).isTrue();
        assertThat(pairs).hasSize((int) matrix().count(FEARS, DUTY));
        assertThat(text.substring(fears.start(), fears.end())).isNotEmpty();
    }

    @Test
    void aDocumentGroupLimitsTheCount() {
        code(0, 10, study.fears, study.duty);
        study.code(study.focusGroup, 0, 10, study.fears, study.duty);

        CooccurrenceMatrix matrix = Cooccurrences.matrix(study.project, CooccurrenceRequest.allCodes()
                .withDocumentGroups(Set.of(study.focusGroups.id())));

        int fears = matrix.codes().indexOf(study.fears);
        int duty = matrix.codes().indexOf(study.duty);
        assertThat(matrix.count(fears, duty)).isEqualTo(1);
        assertThat(matrix.codes()).as("every code, in tree order").containsExactly(study.motivation, study.empowerment,
                study.agency, study.duty, study.fears);
    }
}
