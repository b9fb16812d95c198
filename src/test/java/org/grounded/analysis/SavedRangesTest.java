package org.grounded.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.grounded.analysis.citations.AttributeCondition;
import org.grounded.analysis.citations.CitationColumn;
import org.grounded.analysis.citations.CitationFilter;
import org.grounded.analysis.citations.CitationTable;
import org.grounded.analysis.citations.CitationTableRequest;
import org.grounded.analysis.citations.CitationTables;
import org.grounded.analysis.citations.ColumnsBy;
import org.grounded.analysis.descriptive.Descriptives;
import org.grounded.analysis.descriptive.DescriptivesRequest;
import org.grounded.analysis.descriptive.Frequency;
import org.grounded.analysis.descriptive.FrequencySummary;
import org.grounded.analysis.descriptive.ParticipantDescriptives;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.edits.AttributeEdits;
import org.junit.jupiter.api.Test;

/**
 * Ranges saved with a number attribute make it a category wherever one is used: the citations
 * table's columns, its participant filter and the statistics. Small study: Ana 29, Lim 34, Bea 41.
 */
class SavedRangesTest {

    private final SmallStudy study = new SmallStudy();

    private void saveRanges(String ranges) {
        AttributeEdits.setRanges(study.project, study.age.id(), ranges).ifPresent(study.project::apply);
    }

    @Test
    void savedRangesAreTheColumnsOfTheCitationsTable() {
        study.code(study.focusGroup, "Because milk helps", study.fears);   // Ana, 29
        study.code(study.focusGroup, "For my faith", study.fears);         // Lim, 34
        study.code(study.interview, "afraid", study.fears);                // Bea, 41
        saveRanges("20,30,40");

        CitationTable table = CitationTables.compute(study.project,
                CitationTableRequest.defaults().withColumns(ColumnsBy.attribute("age")));

        assertThat(table.columns()).extracting(CitationColumn::label).containsExactly("20–30", "30–40", "> 40");
        assertThat(table.row(study.fears.id()).orElseThrow().cells()).extracting(cell -> cell.count())
                .containsExactly(1, 1, 1);

        saveRanges("30,50");
        CitationTable wider = CitationTables.compute(study.project,
                CitationTableRequest.defaults().withColumns(ColumnsBy.attribute("age")));
        // Ana (29) is under the first edge: the "< 30" range is shown because someone is in it
        assertThat(wider.columns()).extracting(CitationColumn::label).containsExactly("< 30", "30–50", "> 50");
        assertThat(wider.row(study.fears.id()).orElseThrow().cells()).extracting(cell -> cell.count())
                .containsExactly(1, 2, 0);
    }

    @Test
    void aFilterOnARangeKeepsTheParticipantsInIt() {
        study.code(study.focusGroup, "Because milk helps", study.fears);   // Ana, 29
        study.code(study.interview, "afraid", study.fears);                // Bea, 41
        saveRanges("20,30,40");

        CitationTable table = CitationTables.compute(study.project, CitationTableRequest.defaults()
                .withFilter(CitationFilter.NONE.withAttributeConditions(List.of(new AttributeCondition("age", "> 40")))));

        assertThat(table.row(study.fears.id()).orElseThrow().total().quotations())
                .extracting(q -> q.documentId()).containsExactly(study.interview.id());
    }

    @Test
    void statisticsGroupASavedAttributeWithoutBeingAskedAndARequestStillWins() {
        saveRanges("20,30,40");

        assertThat(frequencies(DescriptivesRequest.all())).containsExactly("20–30=1", "30–40=1", "> 40=1", "(no value)=0");
        assertThat(frequencies(DescriptivesRequest.all().withBins("age", AttributeBins.parse("0..100/50"))))
                .containsExactly("0–50=3", "50–100=0", "> 100=0", "(no value)=0");

        saveRanges("");
        AttributeDefinition ungrouped = study.project.find(AttributeDefinition.class, study.age.id()).orElseThrow();
        assertThat(ungrouped.hasRanges()).isFalse();
        assertThat(ParticipantAttributes.orderedLabels(ungrouped, study.project.participants()))
                .containsExactly("29", "34", "41");
    }

    @Test
    void settingTheSameRangesIsNoEditAndOnlyNumbersAreGrouped() {
        saveRanges("20,30,40");
        assertThat(AttributeEdits.setRanges(study.project, study.age.id(), " 20,30,40 ")).isEmpty();
        assertThatThrownBy(() -> AttributeEdits.setRanges(study.project, study.role.id(), "1,2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number attribute");
    }

    @Test
    void savedTextThatNoLongerReadsLeavesTheValuesUngrouped() {
        AttributeDefinition odd = AttributeDefinition.of("score", AttributeType.NUMBER, AttributeScope.PARTICIPANT)
                .withRanges("ten to twenty");
        assertThat(ParticipantAttributes.savedRanges(odd)).isEmpty();
        assertThat(ParticipantAttributes.savedRanges(odd.withRanges("10,20"))).isPresent();
    }

    private List<String> frequencies(DescriptivesRequest request) {
        ParticipantDescriptives descriptives = Descriptives.ofParticipants(study.project, request);
        FrequencySummary summary = (FrequencySummary) descriptives.attributes().stream()
                .filter(d -> d.attribute().name().equals("age")).findFirst().orElseThrow().byPart().get(0);
        return summary.frequencies().stream().map(f -> f.value() + "=" + f.count()).toList();
    }
}
