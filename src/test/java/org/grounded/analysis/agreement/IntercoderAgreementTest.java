package org.grounded.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.grounded.analysis.SmallStudy;
import java.time.Instant;
import org.grounded.model.Code;
import org.grounded.model.Coding;
import org.grounded.model.EntityEdit;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;

class IntercoderAgreementTest {

    private final SmallStudy study = new SmallStudy();

    private void code(String coder, int start, int end, Code... codes) {
        study.project.apply(EntityEdit.add("Code", Quotation.of(study.interview.id(), start, end,
                java.util.Arrays.stream(codes).map(Code::id).toList(), coder)));
    }

    private AgreementReport agreement(AgreementUnit unit, Code... codes) {
        return IntercoderAgreement.compute(study.project, new AgreementRequest(List.of("Ann", "Ben"),
                java.util.Arrays.stream(codes).map(Code::id).toList(), List.of(), unit));
    }

    private static AgreementRow row(AgreementReport report, String name, boolean allDocuments) {
        return report.rows().stream().filter(row -> row.name().equals(name))
                .filter(row -> row.documentId().isEmpty() == allDocuments).findFirst().orElseThrow();
    }

    @Test
    void eachCodeOnAQuotationIsACodingByItsCoder() {
        code("Ann", 5, 20, study.duty, study.fears);
        code("", 0, 3, study.duty);

        List<CoderCoding> codings = CodingsByCoder.of(study.project);

        assertThat(codings).extracting(CoderCoding::coder).containsExactly("Ann", "Ann");
        assertThat(codings).extracting(CoderCoding::codeId).containsExactlyInAnyOrder(study.duty.id(), study.fears.id());
        assertThat(CodingsByCoder.coders(study.project)).containsExactly("Ann");
    }

    @Test
    void twoCodersOnOneQuotationAreTwoCodings() {
        Instant when = Instant.parse("2026-01-01T00:00:00Z");
        study.project.apply(EntityEdit.add("Code", new Quotation(java.util.UUID.randomUUID(), study.interview.id(),
                5, 20, List.of(), "", "Ann", when, "",
                List.of(new Coding(study.duty.id(), "Ann", when), new Coding(study.duty.id(), "Ben", when)))));

        assertThat(CodingsByCoder.of(study.project)).extracting(CoderCoding::coder).containsExactly("Ann", "Ben");
        assertThat(row(agreement(AgreementUnit.CHARACTER), "Duty", true).value(Coefficient.ALPHA_BINARY)).hasValue(1.0);
    }

    @Test
    void identicalCodingAgreesEverywhere() {
        for (String coder : List.of("Ann", "Ben")) {
            code(coder, 5, 20, study.duty);
            code(coder, 40, 62, study.fears);
        }

        AgreementReport report = agreement(AgreementUnit.CHARACTER);

        assertThat(report.rows()).extracting(AgreementRow::name).containsExactly("Duty", "Duty", "Fears", "Fears");
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.value(Coefficient.ALPHA_BINARY)).hasValue(1.0);
            assertThat(row.value(Coefficient.PERCENT_AGREEMENT)).hasValue(1.0);
        });
        assertThat(report.disagreements()).isEmpty();
    }

    @Test
    void aShorterRangeIsADisagreementOnTheCharactersOnlyOneCoderCoded() {
        code("Ann", 5, 20, study.duty);
        code("Ben", 10, 20, study.duty);

        AgreementReport report = agreement(AgreementUnit.CHARACTER, study.duty);

        AgreementRow row = row(report, "Duty", false);
        assertThat(row.units()).isEqualTo(15);
        assertThat(row.value(Coefficient.PERCENT_AGREEMENT).getAsDouble()).isCloseTo(10 / 15.0, within(1e-12));
        assertThat(row.value(Coefficient.ALPHA_BINARY).getAsDouble()).isLessThan(1.0).isGreaterThan(0.0);
        assertThat(report.disagreements()).singleElement().satisfies(disagreement -> {
            assertThat(disagreement.documentId()).isEqualTo(study.interview.id());
            assertThat(disagreement.start()).isEqualTo(5);
            assertThat(disagreement.end()).isEqualTo(10);
            assertThat(disagreement.codesPerCoder()).containsExactly(List.of("Duty"), List.of());
        });
    }

    @Test
    void segmentsCountEachCodedRangeOnce() {
        code("Ann", 5, 20, study.duty);
        code("Ben", 5, 20, study.duty);
        code("Ann", 40, 62, study.duty);

        AgreementRow row = row(agreement(AgreementUnit.SEGMENT, study.duty), "Duty", false);

        // units (Ann, Ben): [5,20) (1,1), [40,62) (1,0). p_o = 1/2; Ann all 1, Ben half: p_e = 1 * 1/2 = 1/2
        assertThat(row.units()).isEqualTo(2);
        assertThat(row.value(Coefficient.PERCENT_AGREEMENT).getAsDouble()).isEqualTo(0.5);
        assertThat(row.value(Coefficient.COHENS_KAPPA).getAsDouble()).isCloseTo(0.0, within(1e-12));
        assertThat(row.value(Coefficient.BRENNAN_PREDIGER).getAsDouble()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void segmentsWithinTenPercentAreTheSameSegment() {
        code("Ann", 0, 50, study.duty);
        code("Ben", 2, 50, study.duty);

        AgreementRow row = row(agreement(AgreementUnit.SEGMENT, study.duty), "Duty", false);

        assertThat(row.value(Coefficient.PERCENT_AGREEMENT).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void aSemanticDomainComparesWhichOfItsCodesEachCoderChose() {
        code("Ann", 5, 20, study.duty);
        code("Ben", 5, 20, study.agency);

        AgreementReport report = IntercoderAgreement.compute(study.project, new AgreementRequest(List.of("Ann", "Ben"),
                List.of(), List.of(new SemanticDomain("Motives", List.of(study.duty.id(), study.agency.id()))),
                AgreementUnit.CHARACTER));

        // 15 two-valued characters, Duty against Agency: o_DA = o_AD = 15; n = 30
        // alpha = 1 - 29 * 30 / (2 * 15 * 15) = -0.9333...
        AgreementRow row = row(report, "Motives", true);
        assertThat(row.value(Coefficient.CU_ALPHA).getAsDouble()).isCloseTo(1 - 29.0 * 30 / 450, within(1e-12));
        assertThat(row.value(Coefficient.PERCENT_AGREEMENT).getAsDouble()).isZero();
        assertThat(report.disagreements()).singleElement().extracting(Disagreement::codesPerCoder)
                .isEqualTo(List.of(List.of("Duty"), List.of("Agency")));
    }

    @Test
    void acrossDomainsComparesTheDomains() {
        code("Ann", 5, 20, study.duty);
        code("Ben", 5, 20, study.agency);
        code("Ann", 40, 62, study.fears);
        code("Ben", 40, 62, study.fears);

        AgreementReport report = IntercoderAgreement.compute(study.project, new AgreementRequest(List.of("Ann", "Ben"),
                List.of(), List.of(new SemanticDomain("Motives", List.of(study.duty.id(), study.agency.id())),
                new SemanticDomain("Emotions", List.of(study.fears.id()))), AgreementUnit.CHARACTER));

        assertThat(row(report, "All domains", true).value(Coefficient.CU_ALPHA_ACROSS_DOMAINS)).hasValue(1.0);
        assertThat(row(report, "Motives", true).value(Coefficient.CU_ALPHA).getAsDouble()).isNegative();
        assertThat(row(report, "Emotions", true).value(Coefficient.CU_ALPHA)).as("one value only").isEmpty();
    }

    @Test
    void twoDifferentCodersAreNeeded() {
        assertThatThrownBy(() -> new AgreementRequest(List.of("Ann", "Ann"), List.of(), List.of(),
                AgreementUnit.CHARACTER)).isInstanceOf(IllegalArgumentException.class);
    }
}
