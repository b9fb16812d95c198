package org.grounded.analysis.cooccurrence;

import java.util.List;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AllPairsCooccurrenceTest {

    /**
     * By hand: A [0,10) and B [5,15) overlap; C [2,4) lies in A; D [15,20) touches B only; one
     * quotation [30,40) holds both A and D; E [30,40) repeats it. Expected pairs: A-B, A-C, A-D (the
     * one quotation), A-E, D-E, and nothing else.
     */
    @Test
    void itCountsEqualNestedAndOverlappingPairsOfDifferentCodes() {
        Project project = Project.create("hand-made");
        Document document = Document.of("d", "x".repeat(50));
        Code a = Code.of("A", null);
        Code b = Code.of("B", null);
        Code c = Code.of("C", null);
        Code d = Code.of("D", null);
        Code e = Code.of("E", null);
        project.apply(EntityEdit.builder("set up").add(document).add(a).add(b).add(c).add(d).add(e)
                .add(Quotation.of(document.id(), 0, 10, List.of(a.id()), ""))
                .add(Quotation.of(document.id(), 5, 15, List.of(b.id()), ""))
                .add(Quotation.of(document.id(), 2, 4, List.of(c.id()), ""))
                .add(Quotation.of(document.id(), 15, 20, List.of(d.id()), ""))
                .add(Quotation.of(document.id(), 30, 40, List.of(a.id(), d.id()), ""))
                .add(Quotation.of(document.id(), 30, 40, List.of(e.id()), "")).build());

        CooccurrenceMatrix matrix = AllPairsCooccurrence.matrix(project);

        long[][] expected = {
            {0, 1, 1, 1, 1},
            {1, 0, 0, 0, 0},
            {1, 0, 0, 0, 0},
            {1, 0, 0, 0, 1},
            {1, 0, 0, 1, 0}};
        assertThat(matrix.codes()).extracting(Code::name).containsExactly("A", "B", "C", "D", "E");
        assertThat(matrix.counts()).isEqualTo(expected);
        assertThat(matrix.codings()).containsExactly(2, 1, 1, 2, 1);
        assertThat(Cooccurrences.matrix(project, CooccurrenceRequest.allCodes())).isEqualTo(matrix);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void theSweepAndThePeersAllPairsAgreeOnGeneratedStudies(long seed) {
        Project study = StudyGenerator.generate(new StudySize(6, 2_000, 25, 900, 9), seed);

        CooccurrenceMatrix allPairs = AllPairsCooccurrence.matrix(study);

        assertThat(Cooccurrences.matrix(study, CooccurrenceRequest.allCodes())).isEqualTo(allPairs);
        assertThat(java.util.Arrays.stream(allPairs.counts()).flatMapToLong(java.util.Arrays::stream).sum())
                .as("the studies overlap enough to test something").isGreaterThan(1_000);
    }
}
