package org.grounded.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.grounded.analysis.citations.CitationRow;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.cooccurrence.CooccurrenceMatrix;
import org.grounded.analysis.cooccurrence.CooccurrenceRequest;
import org.grounded.analysis.cooccurrence.Cooccurrences;
import org.grounded.model.Code;
import org.grounded.model.Participant;
import org.junit.jupiter.api.Test;

/** Coder filters on {@link TwoCoderStudy}, whose counts are worked out by hand in its comment. */
class CoderFilterTest {

    private final SmallStudy study = new TwoCoderStudy().study;

    private int cell(CitationTable table, Code code, Participant participant) {
        CitationRow row = table.row(code.id()).orElseThrow();
        return row.cell(table.columnIndex(participant.id().toString()).orElseThrow()).quotations().size();
    }

    private CitationTable table(CoderFilter filter) {
        return CitationTables.compute(filter.applyTo(study.project), CitationTableRequest.defaults());
    }

    private long dutyTimesFears(CoderFilter filter) {
        CooccurrenceMatrix matrix = Cooccurrences.matrix(filter.applyTo(study.project),
                CooccurrenceRequest.allCodes().withCodes(List.of(study.duty.id(), study.fears.id())));
        return matrix.count(0, 1);
    }

    @Test
    void theCitationsTableCountsOnlyTheChosenCodersCodings() {
        CitationTable all = table(CoderFilter.ALL);
        CitationTable ann = table(CoderFilter.of(List.of("Ann")));
        CitationTable ben = table(CoderFilter.of(List.of("ben")));

        assertThat(List.of(cell(all, study.duty, study.ana), cell(all, study.duty, study.bea))).containsExactly(1, 1);
        assertThat(List.of(cell(ann, study.duty, study.ana), cell(ann, study.duty, study.bea))).containsExactly(1, 1);
        assertThat(List.of(cell(ben, study.duty, study.ana), cell(ben, study.duty, study.bea))).containsExactly(1, 0);

        assertThat(List.of(cell(all, study.fears, study.ana), cell(all, study.fears, study.lim),
                cell(all, study.fears, study.bea))).containsExactly(1, 1, 1);
        assertThat(List.of(cell(ann, study.fears, study.ana), cell(ann, study.fears, study.lim),
                cell(ann, study.fears, study.bea))).containsExactly(0, 1, 0);
        assertThat(List.of(cell(ben, study.fears, study.ana), cell(ben, study.fears, study.lim),
                cell(ben, study.fears, study.bea))).containsExactly(1, 0, 1);
        assertThat(ben.row(study.fears.id()).orElseThrow().total().quotations()).hasSize(2);
    }

    @Test
    void coOccurrenceCountsOnlyTheChosenCodersCodings() {
        assertThat(dutyTimesFears(CoderFilter.ALL)).isEqualTo(2);
        assertThat(dutyTimesFears(CoderFilter.of(List.of("Ann")))).isZero();
        assertThat(dutyTimesFears(CoderFilter.of(List.of("Ben")))).isEqualTo(1);
        assertThat(dutyTimesFears(CoderFilter.of(List.of("Ann", "Ben")))).isEqualTo(2);
    }

    @Test
    void filteringLeavesTheProjectItselfAlone() {
        long revision = study.project.revision();
        var filtered = CoderFilter.of(List.of("Ann")).applyTo(study.project);

        assertThat(study.project.revision()).isEqualTo(revision);
        assertThat(study.project.quotations().stream().mapToInt(q -> q.codings().size()).sum()).isEqualTo(6);
        assertThat(filtered.quotations().stream().mapToInt(q -> q.codings().size()).sum()).isEqualTo(3);
        assertThat(filtered.quotations()).hasSize(4);
        assertThat(CoderFilter.ALL.applyTo(study.project)).isSameAs(study.project);
    }

    @Test
    void namesAreKeptOnceWhateverTheirCaseAndLabelledInOrder() {
        CoderFilter filter = new CoderFilter(Set.of("ben", " Ann "));

        assertThat(filter.label()).isEqualTo("Ann, ben");
        assertThat(filter.keeps("BEN")).isTrue();
        assertThat(filter.keeps("Cy")).isFalse();
        assertThat(CoderFilter.of(List.of()).isAll()).isTrue();
    }

    @Test
    void theFilteredCopyIndexesOnlyTheCodesLeft() {
        var bens = CoderFilter.of(List.of("Ben")).applyTo(study.project);

        assertThat(bens.quotationsWithCode(study.duty.id())).hasSize(1);
        assertThat(study.project.quotationsWithCode(study.duty.id())).hasSize(2);
        assertThat(bens.quotationsWithCode(study.fears.id())).hasSize(2);
        assertThat(bens.quotationsIn(study.interview.id())).hasSize(2);
    }

    @Test
    void aCopyWithFewerCodingsRefusesToMoveAQuotation() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                study.project.copyWithFewerCodings(q -> q.withRange(q.start(), q.end() + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
